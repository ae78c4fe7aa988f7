package org.outagerecon.rules.timeline;

import java.util.ArrayList;
import java.util.List;

/** rules.md §4.3: logout rows derived from a reconciled (merged) timeline. */
public final class Logouts {

    private Logouts() {
    }

    /**
     * Every change from a logged-on state to state 0 is a logout, with the 0-span's reason, provenance, outage
     * and rule; its login is the start of the logged-on stretch it ends (the last change from 0, or the first
     * known span).
     */
    public static List<Logout> of(List<Span> timeline) {
        List<Logout> logouts = new ArrayList<>();
        long loginAt = 0;
        for (int i = 0; i < timeline.size(); i++) {
            Span span = timeline.get(i);
            boolean loggedOnBefore = i > 0 && !timeline.get(i - 1).isLoggedOff();
            if (!span.isLoggedOff() && !loggedOnBefore) {
                loginAt = span.start();
            } else if (span.isLoggedOff() && loggedOnBefore) {
                logouts.add(new Logout(loginAt, span.start(), span.reasonCode(), span.provenance(),
                        span.outageId(), span.rule()));
            }
        }
        return logouts;
    }
}
