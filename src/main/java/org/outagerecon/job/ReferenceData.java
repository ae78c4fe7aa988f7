package org.outagerecon.job;

import java.util.List;
import java.util.Map;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;
import org.outagerecon.rules.timeline.AgentMrd;

/**
 * What every rule looks up: agents' peripherals, media routing domains and the confirmed outages in
 * application order (rules.md §4), and how long lost chat sessions are routed again (§5.1,
 * {@code recon.orphan-minutes}). Small next to the state rows, so it is held in memory.
 */
public record ReferenceData(Map<Integer, Integer> peripheralByAgent, Map<Integer, MediaRoutingDomain> mrds,
                            List<Outage> outages, long orphanMillis) {

    public MediaRoutingDomain mrd(int mrDomainId) {
        MediaRoutingDomain mrd = mrds.get(mrDomainId);
        return mrd != null ? mrd : MediaRoutingDomain.undescribed(mrDomainId);
    }

    public AgentMrd agentMrd(int skillTargetId, int mrDomainId) {
        return new AgentMrd(skillTargetId, mrDomainId, peripheralByAgent.get(skillTargetId), mrd(mrDomainId).isVoice());
    }
}
