package org.outagerecon.rules.task;

import java.util.Map;
import java.util.Set;
import org.outagerecon.domain.Outage;

/**
 * rules.md §5.1: per CHAT_SERVER outage, the call GUIDs of the sessions it lost, and how long after {@code s} a
 * task with one of them is an orphaned re-route ({@code recon.orphan-minutes}).
 */
public record LostSessions(Map<String, Set<String>> callGuidsByOutage, long orphanMillis) {

    /** For tasks no orphaned re-route can concern. */
    public static final LostSessions NONE = new LostSessions(Map.of(), 0);

    public Set<String> callGuids(Outage outage) {
        return callGuidsByOutage.getOrDefault(outage.id(), Set.of());
    }
}
