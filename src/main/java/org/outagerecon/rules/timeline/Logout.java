package org.outagerecon.rules.timeline;

import org.outagerecon.domain.Provenance;
import org.outagerecon.domain.Rule;

/** One row of {@code recon.agent_logout} for an agent-MRD (rules.md §4.3); instants in epoch ms. */
public record Logout(long loginAt, long logoutAt, Integer reasonCode, Provenance provenance, String outageId,
                     Rule rule) {

    /** Whole seconds logged on (§1: floor of the milliseconds). */
    public long loginDurationSeconds() {
        return Math.floorDiv(logoutAt - loginAt, 1000);
    }
}
