package org.outagerecon.rules.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.rules.timeline.RuleFixtures.AGENT;
import static org.outagerecon.rules.timeline.RuleFixtures.DAY;
import static org.outagerecon.rules.timeline.RuleFixtures.MINUTE;
import static org.outagerecon.rules.timeline.RuleFixtures.PERIPHERAL;
import static org.outagerecon.rules.timeline.RuleFixtures.VOICE_AGENT;
import static org.outagerecon.rules.timeline.RuleFixtures.VOICE_MRD;
import static org.outagerecon.rules.timeline.RuleFixtures.assertLogouts;
import static org.outagerecon.rules.timeline.RuleFixtures.assertSpans;
import static org.outagerecon.rules.timeline.RuleFixtures.outage;
import static org.outagerecon.rules.timeline.RuleFixtures.randomHistory;
import static org.outagerecon.rules.timeline.RuleFixtures.t;
import static org.outagerecon.rules.timeline.RuleFixtures.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.outagerecon.agentmrd.AgentMrdReconciliation;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.gap.GapKind;
import org.outagerecon.rules.gap.ReportingGap;
import org.outagerecon.rules.interval.AgentInterval;

/**
 * rules.md §1: the result must not depend on the run window asked for; reconciling {@code [a, c)} gives exactly
 * the rows of {@code [a, b)} plus {@code [b, c)}, with spans (and gap rows) that cross {@code b} split there.
 */
class WindowSplitTest {

    private static final long HALF_HOUR = 30 * MINUTE;

    /** A failover that crosses the split at 09:30: what each window holds, row by row. */
    @Test
    void aFailoverCrossingTheSplitIsCutThere() {
        RuleFixtures.History history = new RuleFixtures.History(VOICE_AGENT, timeline("08:00 3, 09:50 2 7"),
                List.of(outage("o1", Component.PG, "09:20", "09:40")));

        AgentMrdReconciliation first = reconcile(history, t("09:00"), t("09:30"), 30);
        AgentMrdReconciliation second = reconcile(history, t("09:30"), t("10:00"), 30);

        assertSpans(first.spans(), "09:00 09:20 3", "09:20 09:30 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT");
        assertSpans(second.spans(), "09:30 09:40 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT",
                "09:40 09:50 3 RECONSTRUCTED o1 POST_FAILOVER_READY", "09:50 10:00 2 7");
        assertLogouts(first.logouts(), "08:00 09:20 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT");
        assertThat(second.logouts()).isEmpty();
        assertThat(first.gaps()).containsExactly(agentLoggedOut(t("09:20"), t("09:30")));
        assertThat(second.gaps()).containsExactly(agentLoggedOut(t("09:30"), t("09:40")));
        assertThat(first.intervals()).extracting(AgentInterval::start).containsExactly(t("09:00"));
        assertThat(second.intervals()).extracting(AgentInterval::start).containsExactly(t("09:30"));
    }

    private static ReportingGap agentLoggedOut(long start, long end) {
        return new ReportingGap("o1", Component.PG, GapKind.AGENT_LOGGED_OUT, PERIPHERAL, VOICE_MRD, AGENT, start,
                end);
    }

    @Test
    void reconcilingTwoAdjacentWindowsEqualsReconcilingTheirUnion() {
        Random random = new Random(7);
        for (int attempt = 0; attempt < 500; attempt++) {
            RuleFixtures.History history = randomHistory(random);
            int halfHours = 2 + random.nextInt(27);
            long a = DAY + 5 * 60 * MINUTE + random.nextInt(15) * HALF_HOUR;
            long b = a + (1 + random.nextInt(halfHours - 1)) * HALF_HOUR;
            long c = a + halfHours * HALF_HOUR;
            int intervalMinutes = random.nextBoolean() ? 15 : 30;

            AgentMrdReconciliation whole = reconcile(history, a, c, intervalMinutes);
            AgentMrdReconciliation first = reconcile(history, a, b, intervalMinutes);
            AgentMrdReconciliation second = reconcile(history, b, c, intervalMinutes);

            String context = history + " split at " + RuleFixtures.time(b) + " of " + new Window(a, c);
            assertThat(SpanMerger.merge(concat(first.spans(), second.spans()))).as(context)
                    .isEqualTo(whole.spans());
            assertThat(concat(first.logouts(), second.logouts())).as(context).isEqualTo(whole.logouts());
            assertThat(rejoin(concat(first.gaps(), second.gaps()))).as(context).isEqualTo(rejoin(whole.gaps()));
            assertThat(concat(first.intervals(), second.intervals())).as(context).isEqualTo(whole.intervals());
        }
    }

    private static AgentMrdReconciliation reconcile(RuleFixtures.History history, long from, long to,
                                                    int intervalMinutes) {
        return AgentMrdReconciliation.of(history.agentMrd(), history.rows(), history.outages(),
                new Window(from, to), intervalMinutes);
    }

    /** Gap rows of one outage that meet (split at a window boundary) as one row, ordered by outage and start. */
    private static List<ReportingGap> rejoin(List<ReportingGap> gaps) {
        List<ReportingGap> sorted = new ArrayList<>(gaps);
        sorted.sort((x, y) -> x.outageId().equals(y.outageId())
                ? Long.compare(x.start(), y.start()) : x.outageId().compareTo(y.outageId()));
        List<ReportingGap> joined = new ArrayList<>();
        for (ReportingGap gap : sorted) {
            ReportingGap last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.outageId().equals(gap.outageId()) && last.end() == gap.start()) {
                joined.set(joined.size() - 1, new ReportingGap(last.outageId(), last.component(), last.kind(),
                        last.peripheralId(), last.mrDomainId(), last.skillTargetId(), last.start(), gap.end()));
            } else {
                joined.add(gap);
            }
        }
        return joined;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
