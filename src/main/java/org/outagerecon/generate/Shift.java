package org.outagerecon.generate;

import static org.outagerecon.generate.Durations.HOUR;
import static org.outagerecon.generate.Durations.between;
import static org.outagerecon.generate.Durations.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An agent's working day: eight hours starting between 06:00 and 14:00 site time (scenario agents at 07:00, so that
 * they are logged in for every outage), with a break after about two hours, lunch after four and a break after six,
 * each Not Ready with its reason code on every MRD.
 */
record Shift(long start, long end, List<Break> breaks) {

    record Break(TimeRange period, int reasonCode) {
    }

    private static final LocalTime EARLIEST_START = LocalTime.of(6, 0);
    private static final LocalTime SCENARIO_START = LocalTime.of(7, 0);
    private static final int START_SLOTS = 32;
    private static final long LENGTH = 8 * HOUR;

    static Shift plan(AgentProfile agent, LocalDate day, Scenario scenario, SplittableRandom rng) {
        LocalTime startTime = agent.inCast()
                ? SCENARIO_START
                : EARLIEST_START.plusMinutes(15L * rng.nextInt(START_SLOTS));
        long start = day.atTime(startTime).toInstant(Site.LOCAL_OFFSET).toEpochMilli() + between(rng, 0, minutes(5));
        long end = start + LENGTH + between(rng, 0, minutes(6));
        List<TimeRange> keepClear = new ArrayList<>(scenario.busy());
        List<Break> breaks = new ArrayList<>();
        addBreak(start + 2 * HOUR + between(rng, -minutes(20), minutes(20)), between(rng, minutes(13), minutes(17)),
                ReasonCodes.BREAK, end, keepClear, breaks);
        addBreak(start + 4 * HOUR + between(rng, -minutes(30), minutes(30)), between(rng, minutes(28), minutes(33)),
                ReasonCodes.LUNCH, end, keepClear, breaks);
        addBreak(start + 6 * HOUR + between(rng, -minutes(20), minutes(20)), between(rng, minutes(13), minutes(17)),
                ReasonCodes.BREAK, end, keepClear, breaks);
        return new Shift(start, end, List.copyOf(breaks));
    }

    /** Takes the break later while it collides with something (a scripted outage); drops it past the shift. */
    private static void addBreak(long start, long length, int reasonCode, long shiftEnd, List<TimeRange> keepClear,
            List<Break> breaks) {
        TimeRange period = new TimeRange(start, start + length);
        for (TimeRange clash = clash(period, keepClear); clash != null; clash = clash(period, keepClear)) {
            long later = clash.end() + minutes(1);
            period = new TimeRange(later, later + length);
        }
        if (period.end() < shiftEnd - minutes(10)) {
            breaks.add(new Break(period, reasonCode));
            keepClear.add(period);
        }
    }

    private static TimeRange clash(TimeRange period, List<TimeRange> keepClear) {
        return keepClear.stream().filter(busy -> busy.overlaps(period.start(), period.end())).findFirst().orElse(null);
    }
}
