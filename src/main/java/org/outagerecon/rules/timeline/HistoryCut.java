package org.outagerecon.rules.timeline;

import java.util.List;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.Outage;

/**
 * rules.md §1 asks for results "as if all history were read" and lets an implementation read less only where
 * that cannot change a row. Reading an agent-MRD from a cut instant {@code c} before the window is exact when
 * the agent is logged off at {@code c} by a source row stamped at {@code c} and no outage that reaches the
 * agent-MRD holds {@code c} ({@code s <= c < e}): then nothing after {@code c} (state at failover, wrap-up
 * walk-back, login of a logout, post-failover spans) depends on a row before it.
 */
public final class HistoryCut {

    private HistoryCut() {
    }

    /**
     * @param cut            the instant reading starts at
     * @param rowsFromCut    the agent-MRD's rows from {@code cut} on, in order
     * @param outagesInOrder the confirmed outages
     */
    public static boolean isExact(long cut, List<StateRow> rowsFromCut, AgentMrd agentMrd,
                                  List<Outage> outagesInOrder) {
        Integer stateAtCut = null;
        for (StateRow row : rowsFromCut) {
            if (row.at() != cut) {
                break;
            }
            stateAtCut = row.state();
        }
        if (stateAtCut == null || stateAtCut != AgentState.LOGGED_OFF) {
            return false;
        }
        for (Outage outage : outagesInOrder) {
            if (outage.start() <= cut && outage.end() > cut && agentMrd.inAgentScopeOf(outage)) {
                return false;
            }
        }
        return true;
    }
}
