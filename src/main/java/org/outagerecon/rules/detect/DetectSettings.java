package org.outagerecon.rules.detect;

import java.math.BigDecimal;
import java.util.Set;
import org.outagerecon.domain.AgentState;

/**
 * The settings of rules.md §8 ({@code recon.detect.*}).
 *
 * @param reasons   the system-caused reason codes that make a logout or Not Ready a drop
 * @param gapMillis how far apart two drops (or two 42 task ends) may be and still join one chain
 * @param minShare  compared exactly, in decimal, with the share of logged-on agents that dropped
 */
public record DetectSettings(Set<Integer> reasons, long gapMillis, int minAgents, BigDecimal minShare,
                             int minTasks) {

    /** rules.md §8: -2, -1, 50001, 50002, 255 (domain.md §2), 60 s, 5 agents, half, 3 tasks. */
    public static final DetectSettings DEFAULTS = new DetectSettings(Set.of(-2, -1, 50001, 50002, 255), 60_000, 5,
            new BigDecimal("0.5"), 3);

    public DetectSettings {
        reasons = Set.copyOf(reasons);
    }

    /** A row that may be a drop, whatever came before it: state 0 or 2 with a reason in {@link #reasons}. */
    public boolean mayDrop(int state, Integer reasonCode) {
        return (state == AgentState.LOGGED_OFF || state == AgentState.NOT_READY) && reasonCode != null
                && reasons.contains(reasonCode);
    }
}
