package org.outagerecon.rules.interval;

import java.util.ArrayList;
import java.util.List;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.Provenance;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.timeline.Span;

/**
 * rules.md §6: rebuilds an agent-MRD's interval rows from its reconciled spans. Intervals are aligned to UTC;
 * seconds are the floor of the summed milliseconds.
 */
public final class IntervalBuilder {

    private IntervalBuilder() {
    }

    /**
     * @param timeline the merged reconciled timeline, in order
     * @param window   the run window, aligned to the interval length
     * @param minutes  the interval length, 15 or 30
     * @return the intervals of the window with logged-on, gap or outage-logout time, in order
     */
    public static List<AgentInterval> build(List<Span> timeline, Window window, int minutes) {
        long length = minutes * 60_000L;
        List<AgentInterval> intervals = new ArrayList<>();
        Totals totals = null;
        for (Span span : timeline) {
            if (!window.overlaps(span.start(), span.end())) {
                continue;
            }
            long from = window.clipStart(span.start());
            long to = window.clipEnd(span.end());
            while (from < to) {
                long intervalStart = Math.floorDiv(from, length) * length;
                if (totals == null || totals.start != intervalStart) {
                    addIfUsed(intervals, totals);
                    totals = new Totals(intervalStart);
                }
                long sliceEnd = Math.min(to, intervalStart + length);
                totals.add(span, sliceEnd - from);
                from = sliceEnd;
            }
        }
        addIfUsed(intervals, totals);
        return intervals;
    }

    private static void addIfUsed(List<AgentInterval> intervals, Totals totals) {
        if (totals != null && totals.loggedOn + totals.gap + totals.outageLoggedOff > 0) {
            intervals.add(totals.toInterval());
        }
    }

    /** Milliseconds per column of one interval. */
    private static final class Totals {
        private final long start;
        private final long[] byState = new long[AgentState.MAX + 1];
        private long loggedOn;
        private long gap;
        private long outageLoggedOff;
        private boolean incomplete;

        Totals(long start) {
            this.start = start;
        }

        void add(Span span, long millis) {
            byState[span.state()] += millis;
            if (span.provenance() == Provenance.GAP) {
                gap += millis;
            } else if (!span.isLoggedOff()) {
                loggedOn += millis;
            } else if (span.provenance() == Provenance.RECONSTRUCTED) {
                outageLoggedOff += millis;
            }
            incomplete |= span.provenance() != Provenance.SOURCE;
        }

        AgentInterval toInterval() {
            long other = byState[AgentState.LOGGED_ON] + byState[AgentState.UNKNOWN] + byState[AgentState.ACTIVE]
                    + byState[AgentState.PAUSED] + byState[AgentState.INTERRUPTED] + byState[AgentState.NOT_ACTIVE];
            return new AgentInterval(start, seconds(loggedOn), seconds(byState[AgentState.READY]),
                    seconds(byState[AgentState.NOT_READY]), seconds(byState[AgentState.TALKING]),
                    seconds(byState[AgentState.HOLD]), seconds(byState[AgentState.RESERVED]),
                    seconds(byState[AgentState.WORK_READY]), seconds(byState[AgentState.WORK_NOT_READY]),
                    seconds(byState[AgentState.BUSY_OTHER]), seconds(other), seconds(gap),
                    seconds(outageLoggedOff), incomplete);
        }

        private static int seconds(long millis) {
            return Math.toIntExact(millis / 1000);
        }
    }
}
