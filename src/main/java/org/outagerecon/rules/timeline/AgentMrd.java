package org.outagerecon.rules.timeline;

import org.outagerecon.domain.Component;
import org.outagerecon.domain.Outage;

/**
 * One agent in one media routing domain, with what decides whether an outage reaches it (rules.md §3):
 * the agent's peripheral ({@code agent.peripheral_id}, null when no file describes the agent) and whether the
 * MRD is a voice MRD.
 */
public record AgentMrd(int skillTargetId, int mrDomainId, Integer peripheralId, boolean voice) {

    /** rules.md §3: PIM, PG and CTI Manager reach the voice MRDs of the peripheral's agents, Finesse all MRDs. */
    public boolean inAgentScopeOf(Outage outage) {
        if (!outage.onPeripheral(peripheralId)) {
            return false;
        }
        Component component = outage.component();
        return component == Component.FINESSE
                || voice && (component == Component.PIM || component.logsAgentsOut());
    }
}
