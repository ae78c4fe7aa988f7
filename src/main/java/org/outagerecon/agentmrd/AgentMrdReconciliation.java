package org.outagerecon.agentmrd;

import java.util.ArrayList;
import java.util.List;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.gap.ReportingGap;
import org.outagerecon.rules.interval.AgentInterval;
import org.outagerecon.rules.interval.IntervalBuilder;
import org.outagerecon.rules.timeline.AgentMrd;
import org.outagerecon.rules.timeline.Logout;
import org.outagerecon.rules.timeline.Logouts;
import org.outagerecon.rules.timeline.OutageEffects;
import org.outagerecon.rules.timeline.SourceTimeline;
import org.outagerecon.rules.timeline.Span;
import org.outagerecon.rules.timeline.SpanMerger;
import org.outagerecon.rules.timeline.StateRow;

/**
 * Everything the reconcile job writes for one agent-MRD and one window: a pure function of its source rows,
 * the outages and the configuration (rules.md §1), so that reconciling {@code [a, c)} equals {@code [a, b)}
 * plus {@code [b, c)}.
 *
 * @param spans     §1: the merged timeline clipped to the window
 * @param logouts   §4.3: logouts stamped inside the window
 * @param gaps      §3: one gap row per outage that affected the agent-MRD, clipped to the window
 * @param intervals §6: the window's interval rows
 */
public record AgentMrdReconciliation(List<Span> spans, List<Logout> logouts, List<ReportingGap> gaps,
                                     List<AgentInterval> intervals) {

    public static AgentMrdReconciliation of(AgentMrd agentMrd, List<StateRow> rows, List<Outage> outagesInOrder,
                                            Window window, int intervalMinutes) {
        OutageEffects.Result effects = OutageEffects.apply(agentMrd, SourceTimeline.spans(rows), outagesInOrder);
        List<Span> timeline = SpanMerger.merge(effects.spans());

        List<Span> spans = new ArrayList<>();
        for (Span span : timeline) {
            if (window.overlaps(span.start(), span.end())) {
                spans.add(span.withBounds(window.clipStart(span.start()), window.clipEnd(span.end())));
            }
        }
        List<Logout> logouts = new ArrayList<>();
        for (Logout logout : Logouts.of(timeline)) {
            if (window.contains(logout.logoutAt())) {
                logouts.add(logout);
            }
        }
        List<ReportingGap> gaps = new ArrayList<>();
        for (OutageEffects.Affected affected : effects.affected()) {
            ReportingGap gap = ReportingGap.of(affected.outage(), affected.gapKind(), affected.outage().peripheralId(),
                    agentMrd.mrDomainId(), agentMrd.skillTargetId(), window);
            if (gap != null) {
                gaps.add(gap);
            }
        }
        return new AgentMrdReconciliation(spans, logouts, gaps,
                IntervalBuilder.build(timeline, window, intervalMinutes));
    }
}
