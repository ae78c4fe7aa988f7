package org.outagerecon.generate;

/** One future agent_state_trace row of the agent being generated; {@code reasonCode} is null where none applies. */
record StateChange(long at, int mrDomainId, AgentEvent event, Integer reasonCode) {

    /** Same state and reason: writing it again would add a row that changes nothing. */
    boolean repeats(StateChange previous) {
        return previous != null && previous.event.state() == event.state()
                && java.util.Objects.equals(previous.reasonCode, reasonCode);
    }
}
