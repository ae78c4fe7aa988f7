package org.outagerecon.importer;

import org.outagerecon.domain.AgentState;

/** The numbering of {@code agent_state} in agent_state_trace.csv ({@code --state-codes}, data-contract.md §1). */
public enum StateCodes {
    /** HDS numbering, stored as written. */
    HDS,
    /** CTI protocol numbering, from CTI or Finesse logs: 0 LOGIN and 1 LOGOUT are swapped. */
    CTI;

    int toHds(int state) {
        return this == CTI ? AgentState.fromCti(state) : state;
    }
}
