package org.outagerecon.generate;

import org.outagerecon.domain.AgentState;

/** What makes an agent-MRD change state: the state it enters and the event name HDS records for it. */
enum AgentEvent {
    LOGIN(AgentState.NOT_READY, "LOGGED_ON"),
    LOGOUT(AgentState.LOGGED_OFF, "LOGGED_OFF"),
    NOT_READY(AgentState.NOT_READY, "NOT_READY"),
    READY(AgentState.READY, "READY"),
    RESERVED(AgentState.RESERVED, "RESERVED"),
    TALKING(AgentState.TALKING, "TALKING"),
    HOLD(AgentState.HOLD, "CALL_HELD"),
    RETRIEVE(AgentState.TALKING, "CALL_RETRIEVED"),
    WORK_READY(AgentState.WORK_READY, "WORK_READY"),
    WORK_NOT_READY(AgentState.WORK_NOT_READY, "WORK_NOT_READY"),
    OFFER_TASK(AgentState.RESERVED, "OFFER_TASK"),
    START_TASK(AgentState.ACTIVE, "START_TASK"),
    PAUSE_TASK(AgentState.PAUSED, "PAUSE_TASK"),
    RESUME_TASK(AgentState.ACTIVE, "RESUME_TASK"),
    END_TASK(AgentState.NOT_ACTIVE, "END_TASK");

    private final int state;
    private final String eventName;

    AgentEvent(int state, String eventName) {
        this.state = state;
        this.eventName = eventName;
    }

    int state() {
        return state;
    }

    String eventName() {
        return eventName;
    }
}
