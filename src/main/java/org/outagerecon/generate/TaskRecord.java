package org.outagerecon.generate;

/**
 * One future termination_call_detail row of the agent being generated. {@code answeredAt} is when the agent took
 * the call or task (it is only reported if that happened before a failover cut); {@code end} null = never reported.
 * {@code callGuid} is null for a GUID drawn at random, or the one a lost chat session shares with its re-routes.
 */
record TaskRecord(int mrDomainId, long start, long answeredAt, Long end, int peripheralCallType, int callDisposition,
                  String callGuid) {

    static final int ACD_IN = 1;
    static final int OUTBOUND = 9;
    static final int ROUTED_TASK = 25;
    static final int HANDLED = 13;
    static final int NORMAL_END_TASK = 38;
    static final int TASK_LIFE_EXPIRED = 42;

    TaskRecord withEnd(Long newEnd) {
        return new TaskRecord(mrDomainId, start, answeredAt, newEnd, peripheralCallType, callDisposition, callGuid);
    }

    /** rules.md §8.2, seed 003: Cisco ends a task whose life ran out while the path was down with 42. */
    TaskRecord expiredAt(long expiry) {
        return new TaskRecord(mrDomainId, start, answeredAt, expiry, peripheralCallType, TASK_LIFE_EXPIRED, callGuid);
    }

    /** HDS writes the row when the task ends; an open task's row carries its start. */
    long recordedAt() {
        return end != null ? end : start;
    }
}
