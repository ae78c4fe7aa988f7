package org.outagerecon.rules.timeline;

import static org.outagerecon.domain.AgentState.NOT_READY;
import static org.outagerecon.domain.AgentState.READY;
import static org.outagerecon.domain.AgentState.RESERVED;
import static org.outagerecon.domain.AgentState.UNKNOWN;

import java.util.List;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Rule;

/**
 * rules.md §4.1, tables 1 (PG, CTI Manager) and 2 (Finesse): the state an agent returns to after a failover,
 * from its state {@code x} at failover. Seed 003 documents Ready, Not Ready, wrap-up and (table 2 only)
 * Reserved; every other state is left Unknown for review rather than invented.
 */
public record PostFailoverState(int state, Integer reasonCode, Rule rule) {

    /**
     * @param component the failed component (PG, CTI_MANAGER or FINESSE)
     * @param x         the span in effect at failover, in the timeline as earlier outages left it
     * @param before    the spans before {@code x}, in order (the known timeline the walk-back may reach)
     */
    public static PostFailoverState after(Component component, Span x, List<Span> before) {
        if (x.state() == READY) {
            return new PostFailoverState(READY, null, Rule.POST_FAILOVER_READY);
        }
        if (x.state() == NOT_READY) {
            return new PostFailoverState(NOT_READY, x.reasonCode(), Rule.POST_FAILOVER_NOT_READY);
        }
        if (x.state() == RESERVED && component == Component.FINESSE) {
            return new PostFailoverState(READY, null, Rule.POST_FAILOVER_RESERVED);
        }
        if (AgentState.isWrapUp(x.state())) {
            return afterWrapUp(before);
        }
        return new PostFailoverState(UNKNOWN, null, Rule.POST_FAILOVER_UNRESOLVED);
    }

    /**
     * "Ready if the agent was Ready before the call, else Not Ready": walk back from the wrap-up span over
     * contiguous call-state spans to the first span that is not a call state ({@code p}); reaching the start of
     * the known timeline means p is unknown.
     */
    private static PostFailoverState afterWrapUp(List<Span> beforeWrapUp) {
        int i = beforeWrapUp.size() - 1;
        while (i >= 0 && AgentState.isCallState(beforeWrapUp.get(i).state())) {
            i--;
        }
        Span prior = i >= 0 ? beforeWrapUp.get(i) : null;
        if (prior != null && prior.state() == READY) {
            return new PostFailoverState(READY, null, Rule.POST_FAILOVER_WRAPUP);
        }
        Integer reason = prior != null && prior.state() == NOT_READY ? prior.reasonCode() : null;
        return new PostFailoverState(NOT_READY, reason, Rule.POST_FAILOVER_WRAPUP);
    }
}
