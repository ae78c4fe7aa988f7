package org.outagerecon.generate;

import java.util.List;
import org.outagerecon.domain.MediaRoutingDomain;

/**
 * The scenario agents: the first {@link #SIZE} agents of every dataset. Eight on the failover peripheral, one per
 * {@link VoiceRole}, so that at each PG, CTI Manager and Finesse failover every role is played once (the roles
 * rotate from one failover to the next); four on the PIM peripheral, in four different states when the PIM fails.
 * Every other agent is random and alternates between the peripherals.
 */
final class Cast {
    private static final List<VoiceRole> FAILOVER_ROLES = List.of(VoiceRole.values());
    private static final List<VoiceRole> PIM_ROLES = List.of(
            VoiceRole.READY, VoiceRole.NOT_READY, VoiceRole.TALKING, VoiceRole.WORK_READY_AFTER_READY);
    static final int SIZE = FAILOVER_ROLES.size() + PIM_ROLES.size();

    /** Position of an agent that is not in the cast. */
    static final int NONE = -1;

    private Cast() {
    }

    static int peripheral(int ordinal) {
        if (ordinal < FAILOVER_ROLES.size()) {
            return OutagePlan.FAILOVER_PERIPHERAL;
        }
        if (ordinal < SIZE) {
            return OutagePlan.PIM_PERIPHERAL;
        }
        return Site.PERIPHERALS.get(ordinal % Site.PERIPHERALS.size());
    }

    /** Position among the scenario agents of the same peripheral, or {@link #NONE}. */
    static int position(int ordinal) {
        if (ordinal < FAILOVER_ROLES.size()) {
            return ordinal;
        }
        return ordinal < SIZE ? ordinal - FAILOVER_ROLES.size() : NONE;
    }

    /** The MRDs a scenario agent's scripts need (see {@link TaskRole#assignments}). */
    static List<MediaRoutingDomain> mrds(int ordinal) {
        return peripheral(ordinal) == OutagePlan.FAILOVER_PERIPHERAL ? Site.MRDS : List.of(Site.VOICE, Site.CHAT);
    }

    /** The role of a scenario agent at the {@code cut}-th outage of the day that logs its peripheral's agents out. */
    static VoiceRole voiceRole(AgentProfile agent, int cut) {
        List<VoiceRole> roles = agent.peripheralId() == OutagePlan.FAILOVER_PERIPHERAL ? FAILOVER_ROLES : PIM_ROLES;
        return roles.get((agent.castPosition() + cut) % roles.size());
    }
}
