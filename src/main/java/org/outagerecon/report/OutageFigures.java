package org.outagerecon.report;

import java.util.Map;

/**
 * The numbers of one outage, each with the definition of its README query: agents and agent-MRDs with a span of
 * the outage; seconds of its state-0 RECONSTRUCTED spans (logged out) and of its GAP spans (data lost), each
 * {@code floor(total milliseconds / 1000)}; its tasks per rule; the incomplete intervals that its spans overlap;
 * its gap rows per kind.
 */
public record OutageFigures(long agentsAffected, long agentMrdsAffected, long loggedOutSeconds, long dataLostSeconds,
                            Map<String, Long> tasksByRule, long intervalsMadeIncomplete,
                            Map<String, Long> gapRowsByKind) {

    /** rules.md §5: tasks whose life ran out while the application path was down, disposition 42. */
    public static final String TASK_LIFE_EXPIRED = "TASK_LIFE_EXPIRED";
    /** rules.md §5.1: re-routes of chat sessions lost with their server. */
    public static final String ORPHANED_REROUTE = "ORPHANED_REROUTE";

    public long tasksEndedWith42() {
        return tasksByRule.getOrDefault(TASK_LIFE_EXPIRED, 0L);
    }

    public long tasksOrphaned() {
        return tasksByRule.getOrDefault(ORPHANED_REROUTE, 0L);
    }

    public long tasksChanged() {
        return tasksByRule.values().stream().mapToLong(Long::longValue).sum();
    }

    public long gapRows() {
        return gapRowsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
