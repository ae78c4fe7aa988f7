package org.outagerecon.generate;

import java.util.List;
import org.outagerecon.domain.MediaRoutingDomain;

/** One agent.csv row and what the generator needs to know of the agent every day. */
record AgentProfile(int ordinal, int skillTargetId, int peripheralId, String peripheralNumber, String enterpriseName,
        List<MediaRoutingDomain> mrds, int castPosition) {

    boolean inCast() {
        return castPosition != Cast.NONE;
    }
}
