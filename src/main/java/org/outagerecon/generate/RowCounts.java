package org.outagerecon.generate;

/** How many rows {@link DatasetGenerator#generate} wrote to each file, headers not counted. */
public record RowCounts(long agents, long mediaRoutingDomains, long agentStates, long tasks, long outages) {

    @Override
    public String toString() {
        return DatasetFiles.AGENT + " " + agents + ", " + DatasetFiles.MEDIA_ROUTING_DOMAIN + " " + mediaRoutingDomains
                + ", " + DatasetFiles.AGENT_STATE_TRACE + " " + agentStates + ", "
                + DatasetFiles.TERMINATION_CALL_DETAIL + " " + tasks + ", " + DatasetFiles.OUTAGE + " " + outages;
    }
}
