package org.outagerecon.generate;

import org.outagerecon.domain.MediaRoutingDomain;

/**
 * Where an outage cuts an agent's source timeline: nothing is recorded from {@code start} on, except a logout at
 * {@code logoutAt} (at or just after the start), until the agent is logged in again at {@code relogin}.
 */
record Blackout(long start, long logoutAt, int logoutReason, long relogin, int reloginReason, boolean everyMrd) {

    boolean cuts(MediaRoutingDomain mrd) {
        return everyMrd || mrd.isVoice();
    }
}
