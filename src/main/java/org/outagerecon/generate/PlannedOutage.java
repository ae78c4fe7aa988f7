package org.outagerecon.generate;

import org.outagerecon.domain.Outage;

/**
 * One outage of the day: an outage.csv row (the outage and the columns the rules do not read), or, when {@code
 * unrecorded} says what it was, one that only the source shows.
 */
record PlannedOutage(Outage outage, String side, String note, Unrecorded unrecorded) {

    boolean recorded() {
        return unrecorded == null;
    }

    /** Whether it reaches the agent's source rows: the four-agent decoy reaches the scenario agents alone. */
    boolean reaches(AgentProfile agent) {
        return outage.onPeripheral(agent.peripheralId()) && (unrecorded != Unrecorded.FOUR_AGENTS || agent.inCast());
    }
}
