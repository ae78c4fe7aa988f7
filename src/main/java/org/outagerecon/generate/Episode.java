package org.outagerecon.generate;

import java.util.List;

/**
 * A run of state changes of one agent-MRD, with the call or task it handled (or null): a random call cycle, a
 * break, or a scripted scenario. {@code end} is when the agent is free again.
 */
record Episode(List<StateChange> rows, TaskRecord task, long end) {

    long start() {
        return rows.get(0).at();
    }

    /** A break or other Not Ready stretch that ends with the agent Ready again. */
    static Episode notReady(int mrDomainId, TimeRange period, int reasonCode) {
        return new EpisodeBuilder(mrDomainId, period.start())
                .enter(AgentEvent.NOT_READY, reasonCode)
                .waitUntil(period.end())
                .enter(AgentEvent.READY)
                .build();
    }
}
