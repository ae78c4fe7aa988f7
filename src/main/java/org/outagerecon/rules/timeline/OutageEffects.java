package org.outagerecon.rules.timeline;

import java.util.ArrayList;
import java.util.List;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Provenance;
import org.outagerecon.domain.Rule;
import org.outagerecon.rules.gap.GapKind;

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
            Timeline.AtFailover atFailover = timeline.atFailover(outage.start());
            if (atFailover == null || atFailover.x().isLoggedOff()) {
                continue;
            }
            long afterOutage = outage.isOpen() ? Long.MAX_VALUE : timeline.firstSourceRowAtOrAfter(outage.end());
            Span during;
            Span after;
            if (outage.component() == Component.PIM) {
                // §4.2: the outage is a gap; afterwards the agent stays logged out until the source shows it again.
                during = loggedOff(outage, Provenance.GAP, Rule.PIM_DATA_LOST);
                after = loggedOff(outage, Provenance.RECONSTRUCTED, Rule.PIM_AWAIT_RESYNC);
                affected.add(new Affected(outage, GapKind.DATA_LOST));
            } else {
                PostFailoverState post = PostFailoverState.after(outage.component(), atFailover.x(),
                        atFailover.before());
                // §4.1: logged out for the outage, then the post-failover state until the next source row.
                during = loggedOff(outage, Provenance.RECONSTRUCTED, Rule.FAILOVER_LOGOUT);
                after = new Span(0, 0, post.state(), post.reasonCode(), Provenance.RECONSTRUCTED, outage.id(),
                        post.rule());
                affected.add(new Affected(outage, GapKind.AGENT_LOGGED_OUT));
            }
            List<Span> rewritten = new ArrayList<>(2);
            rewritten.add(during.withBounds(outage.start(), outage.end()));
            if (afterOutage > outage.end()) {
                rewritten.add(after.withBounds(outage.end(), afterOutage));
            } else if (!outage.isOpen()) {
                timeline.postSpanCutAtItsStart(after.withBounds(outage.end(), outage.end()));
            }
            timeline.replace(outage.start(), afterOutage, rewritten);
        }
        return new Result(timeline.spans(), affected);
    }

    /** State 0 with reason 50002, made by the outage; bounds are set where the span is placed. */
    private static Span loggedOff(Outage outage, Provenance provenance, Rule rule) {
        return new Span(0, 0, AgentState.LOGGED_OFF, FAILOVER_LOGOUT_REASON, provenance, outage.id(), rule);
    }
}
