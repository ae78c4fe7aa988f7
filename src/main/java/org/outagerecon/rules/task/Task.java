package org.outagerecon.rules.task;

import java.math.BigDecimal;

/**
 * A source {@code termination_call_detail} row (rules.md §5): {@code start} is its start_date_time, {@code end}
 * its date_time, null while the task is still open. Instants in epoch ms.
 */
public record Task(BigDecimal recoveryKey, Integer routerCallKeyDay, Long routerCallKey, String callGuid,
                   int peripheralId, int mrDomainId, Integer agentSkillTargetId, long start, Long end,
                   int callDisposition) {
}
