package org.outagerecon.rules.detect;

import java.util.List;
import org.outagerecon.domain.AgentState;
import org.outagerecon.rules.timeline.StateRow;

/**
 * rules.md §8.1, first bullet: a drop is a source row with state 0 or 2 and a reason in the set whose previous
 * source row of the same agent-MRD (order of §1) exists, is not logged off and is not a drop itself. Every source
 * row counts, also one that a later row at the same instant replaces in the timeline.
 */
public final class DropRule {

    private DropRule() {
    }

    /**
     * @param previous       the agent-MRD's row before {@code row}, null when there is none
     * @param previousIsDrop whether {@code previous} is a drop
     */
    public static boolean isDrop(DetectSettings settings, StateRow row, StateRow previous, boolean previousIsDrop) {
        return settings.mayDrop(row.state(), row.reasonCode()) && previous != null
                && previous.state() != AgentState.LOGGED_OFF && !previousIsDrop;
    }

    /**
     * Which of an agent-MRD's rows are drops.
     *
     * @param rows in (date_time, recovery_key) order, from the agent-MRD's first row or from a row that is no
     *             Not Ready that may drop (that row's own answer may then be wrong; every later one is right)
     */
    public static boolean[] drops(DetectSettings settings, List<StateRow> rows) {
        boolean[] drops = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            drops[i] = isDrop(settings, rows.get(i), i == 0 ? null : rows.get(i - 1), i > 0 && drops[i - 1]);
        }
        return drops;
    }

    /** Whether the row's drop status depends on rows before it: a Not Ready that may drop. */
    public static boolean needsRowBefore(DetectSettings settings, StateRow row) {
        return row.state() == AgentState.NOT_READY && settings.mayDrop(row.state(), row.reasonCode());
    }
}
