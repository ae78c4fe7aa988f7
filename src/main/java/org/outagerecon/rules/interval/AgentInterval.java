package org.outagerecon.rules.interval;

/**
 * One row of {@code recon.agent_interval} for an agent-MRD (rules.md §6): seconds per state in the interval
 * starting at {@code start} (epoch ms).
 */
public record AgentInterval(long start, int loggedOn, int available, int notReady, int talking, int hold,
                            int reserved, int workReady, int workNotReady, int busyOther, int other, int gap,
                            int outageLoggedOff, boolean incomplete) {
}
