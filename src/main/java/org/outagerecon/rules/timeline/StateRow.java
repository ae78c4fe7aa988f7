package org.outagerecon.rules.timeline;

/**
 * A source {@code agent_state_trace} row of one agent-MRD: at {@code at} (epoch ms) the agent entered {@code state}.
 * Rows reach the rules in (date_time, recovery_key) order.
 */
public record StateRow(long at, int state, Integer reasonCode) {
}
