package org.outagerecon.generate;

/**
 * HDS's RecoveryKey grows with the time the row is written. Here it is the row's UTC milliseconds, then the agent,
 * then a sequence for the agent's rows of the same millisecond: unique and in time order across a file without a
 * global counter, so that agents can be written one at a time. One instance per agent-day and file.
 */
final class RecoveryKeys {
    static final int MAX_AGENTS = 100_000;
    private static final int ROWS_PER_MILLISECOND = 10;

    private final int ordinal;
    private long lastMillis = Long.MIN_VALUE;
    private int sequence;

    RecoveryKeys(int ordinal) {
        this.ordinal = ordinal;
    }

    /** The key of the next row; rows must come in time order. */
    long next(long epochMillis) {
        if (epochMillis < lastMillis) {
            throw new IllegalStateException("rows out of time order: " + epochMillis + " after " + lastMillis);
        }
        sequence = epochMillis == lastMillis ? sequence + 1 : 0;
        if (sequence == ROWS_PER_MILLISECOND) {
            throw new IllegalStateException("more than " + ROWS_PER_MILLISECOND + " rows in one millisecond");
        }
        lastMillis = epochMillis;
        return (epochMillis * MAX_AGENTS + ordinal) * ROWS_PER_MILLISECOND + sequence;
    }
}
