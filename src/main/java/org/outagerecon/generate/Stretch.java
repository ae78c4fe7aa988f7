package org.outagerecon.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A logged-in stretch of one agent-MRD: from the login at {@code login} the agent works until {@code end}, where
 * its rows stop, and is logged out at {@code logoutAt}. {@code abrupt}: an outage ends it wherever the agent is;
 * otherwise (shift end, stepping out) the agent finishes its call first.
 */
record Stretch(long login, int loginReason, long end, long logoutAt, int logoutReason, boolean abrupt) {

    /** A logged-out time inside the shift: a step-out or an outage's blackout. */
    private record Gap(long start, long logoutAt, int logoutReason, long relogin, int reloginReason,
            boolean abrupt) {
    }

    /** The logged-in stretches of a shift, less the step-outs and the outages that cut this MRD. */
    static List<Stretch> of(Shift shift, List<TimeRange> stepOuts, List<Blackout> blackouts) {
        List<Stretch> stretches = List.of(new Stretch(shift.start(), ReasonCodes.NONE, shift.end(), shift.end(),
                ReasonCodes.END_OF_SHIFT, false));
        for (TimeRange stepOut : stepOuts) {
            stretches = interrupt(stretches, new Gap(stepOut.start(), stepOut.start(), ReasonCodes.STEPPED_OUT,
                    stepOut.end(), ReasonCodes.NONE, false));
        }
        for (Blackout blackout : blackouts) {
            stretches = interrupt(stretches, new Gap(blackout.start(), blackout.logoutAt(), blackout.logoutReason(),
                    blackout.relogin(), blackout.reloginReason(), true));
        }
        return stretches;
    }

    /**
     * Splits the stretch that the gap starts in: the first part ends as the gap says, the second begins with the
     * gap's re-login. A login planned inside the gap waits for its end.
     */
    private static List<Stretch> interrupt(List<Stretch> stretches, Gap gap) {
        List<Stretch> result = new ArrayList<>();
        for (Stretch stretch : stretches) {
            if (stretch.login < gap.start && gap.start < stretch.end) {
                result.add(new Stretch(stretch.login, stretch.loginReason, gap.start, gap.logoutAt, gap.logoutReason,
                        gap.abrupt));
                addIfLoggedIn(result, stretch.loggedInAgainAt(gap.relogin, gap.reloginReason));
            } else if (gap.start <= stretch.login && stretch.login < gap.relogin) {
                addIfLoggedIn(result, stretch.loggedInAgainAt(gap.relogin, stretch.loginReason));
            } else {
                result.add(stretch);
            }
        }
        return result;
    }

    private Stretch loggedInAgainAt(long relogin, int reason) {
        return new Stretch(relogin, reason, end, logoutAt, logoutReason, abrupt);
    }

    private static void addIfLoggedIn(List<Stretch> stretches, Stretch stretch) {
        if (stretch.login < stretch.end) {
            stretches.add(stretch);
        }
    }
}
