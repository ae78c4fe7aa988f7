package org.outagerecon.domain;

/** Agent states in HDS numbering (rules.md §2, domain.md §3a). */
public final class AgentState {
    public static final int LOGGED_OFF = 0;
    public static final int LOGGED_ON = 1;
    public static final int NOT_READY = 2;
    public static final int READY = 3;
    public static final int TALKING = 4;
    public static final int WORK_NOT_READY = 5;
    public static final int WORK_READY = 6;
    public static final int BUSY_OTHER = 7;
    public static final int RESERVED = 8;
    public static final int UNKNOWN = 9;
    public static final int HOLD = 10;
    public static final int ACTIVE = 11;
    public static final int PAUSED = 12;
    public static final int INTERRUPTED = 13;
    public static final int NOT_ACTIVE = 14;
    public static final int MAX = 14;

    private AgentState() {
    }

    public static boolean isWrapUp(int state) {
        return state == WORK_NOT_READY || state == WORK_READY;
    }

    /** rules.md §2: the states of an agent busy with a call or task. */
    public static boolean isCallState(int state) {
        return switch (state) {
            case TALKING, WORK_NOT_READY, WORK_READY, BUSY_OTHER, RESERVED, HOLD, ACTIVE, PAUSED, INTERRUPTED -> true;
            default -> false;
        };
    }

    /**
     * data-contract.md §1, {@code --state-codes cti}: the CTI protocol numbers 0 LOGIN and 1 LOGOUT the other way
     * round; 2–14 are the same.
     */
    public static int fromCti(int ctiState) {
        return switch (ctiState) {
            case 0 -> LOGGED_ON;
            case 1 -> LOGGED_OFF;
            default -> ctiState;
        };
    }
}
