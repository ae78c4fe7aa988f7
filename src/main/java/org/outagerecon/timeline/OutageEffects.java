package org.outagerecon.timeline;

import java.util.ArrayList;
import java.util.List;
import org.outagerecon.gap.GapKind;
import org.outagerecon.outage.Component;
import org.outagerecon.outage.Outage;
import org.outagerecon.outage.Provenance;
import org.outagerecon.outage.Rule;

/**
 * rules.md §4: applies the outages that reach an agent-MRD to its timeline, in application order, each one
 * seeing the timeline as the earlier ones left it.
 */
public final class OutageEffects {

    /** The reason code of a logout caused by a failed CTI client component (domain.md §2). */
    public static final int FAILOVER_LOGOUT_REASON = 50002;

    /** An outage that affected the agent-MRD, and the kind of gap row it leaves. */
    public record Affected(Outage outage, GapKind gapKind) {
    }

    /** The rewritten timeline (not yet merged) and the outages that affected it, in order. */
    public record Result(List<Span> spans, List<Affected> affected) {
    }

    private OutageEffects() {
    }

    /**
     * @param agentMrd the agent-MRD and its scope
     * @param source   its source spans ({@link SourceTimeline#spans})
     * @param outages  confirmed outages in {@link Outage#APPLICATION_ORDER}; those out of scope are skipped
     */
    public static Result apply(AgentMrd agentMrd, List<Span> source, List<Outage> outages) {
        Timeline timeline = new Timeline(source);
        List<Affected> affected = new ArrayList<>();
        for (Outage outage : outages) {
            if (!agentMrd.inAgentScopeOf(outage)) {
                continue;
            }
            int atFailover = timeline.indexAtFailover(outage.start());
            if (atFailover < 0 || timeline.get(atFailover).isLoggedOff()) {
                continue;
            }
            long afterOutage = outage.isOpen() ? Long.MAX_VALUE : timeline.firstSourceRowAtOrAfter(outage.end());
            if (outage.component() == Component.PIM) {
                timeline.replace(outage.start(), afterOutage, dataLost(outage, afterOutage));
                affected.add(new Affected(outage, GapKind.DATA_LOST));
            } else {
                PostFailoverState post = PostFailoverState.after(outage.component(), timeline.spans(), atFailover);
                timeline.replace(outage.start(), afterOutage, failoverLogout(outage, afterOutage, post));
                affected.add(new Affected(outage, GapKind.AGENT_LOGGED_OUT));
            }
        }
        return new Result(timeline.spans(), affected);
    }

    /** §4.1: logged out for {@code [s, e)}, then the post-failover state until the next source row. */
    private static List<Span> failoverLogout(Outage outage, long nextSourceRow, PostFailoverState post) {
        List<Span> spans = new ArrayList<>(2);
        spans.add(new Span(outage.start(), outage.end(), AgentState.LOGGED_OFF, FAILOVER_LOGOUT_REASON,
                Provenance.RECONSTRUCTED, outage.id(), Rule.FAILOVER_LOGOUT));
        if (nextSourceRow > outage.end()) {
            spans.add(new Span(outage.end(), nextSourceRow, post.state(), post.reasonCode(),
                    Provenance.RECONSTRUCTED, outage.id(), post.rule()));
        }
        return spans;
    }

    /** §4.2: the outage is a gap; afterwards the agent stays logged out until the source shows it again. */
    private static List<Span> dataLost(Outage outage, long nextSourceRow) {
        List<Span> spans = new ArrayList<>(2);
        spans.add(new Span(outage.start(), outage.end(), AgentState.LOGGED_OFF, FAILOVER_LOGOUT_REASON,
                Provenance.GAP, outage.id(), Rule.PIM_DATA_LOST));
        if (nextSourceRow > outage.end()) {
            spans.add(new Span(outage.end(), nextSourceRow, AgentState.LOGGED_OFF, FAILOVER_LOGOUT_REASON,
                    Provenance.RECONSTRUCTED, outage.id(), Rule.PIM_AWAIT_RESYNC));
        }
        return spans;
    }
}
