package org.outagerecon.generate;

/** Reason codes the generated source uses: the site's own Not Ready and logout codes and Cisco's system codes. */
final class ReasonCodes {
    /** HDS's "no reason"; agents log in Not Ready with it. */
    static final int NONE = 0;
    static final int BREAK = 1;
    static final int LUNCH = 2;
    static final int MEETING = 3;
    static final int PERSONAL = 4;
    static final int END_OF_SHIFT = 10;
    static final int STEPPED_OUT = 11;
    /** Logout: agent reinitialized because the peripheral restarted (what a PIM outage leaves). */
    static final int PERIPHERAL_RESTART = -1;
    /** Not Ready: the agent did not answer a routed call or task. */
    static final int RING_NO_ANSWER = 32767;
    /** Logout (failover) and Not Ready (automatic re-login): a CTI client component failed. */
    static final int CTI_CLIENT_FAILED = 50002;
    /** Logout or Not Ready by Finesse after it lost the agent's desktop (seed 001). */
    static final int FINESSE_LOST_DESKTOP = 255;
    /** Not Ready while the agent places an outbound call. */
    static final int OUTBOUND_CALL = 50006;

    private ReasonCodes() {
    }
}
