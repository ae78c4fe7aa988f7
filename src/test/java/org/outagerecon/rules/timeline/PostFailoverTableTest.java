package org.outagerecon.rules.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.rules.timeline.RuleFixtures.VOICE_AGENT;
import static org.outagerecon.rules.timeline.RuleFixtures.apply;
import static org.outagerecon.rules.timeline.RuleFixtures.assertSpans;
import static org.outagerecon.rules.timeline.RuleFixtures.outage;
import static org.outagerecon.rules.timeline.RuleFixtures.rows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Rule;
import org.outagerecon.rules.gap.GapKind;

/**
 * rules.md §4.1: the failover logout {@code [s, e)} and the post-failover state {@code [e, t)} of tables 1 and 2.
 * Every row is checked for each component in every {@link OutageShape}, through {@link OutageEffects#apply} on a
 * voice agent-MRD. The state before x is chosen so that applying the wrong rule (say, a wrap-up walk-back) shows.
 */
class PostFailoverTableTest {

    /** Where the outage ends relative to the agent's next source row, which decides {@code t}. */
    enum OutageShape {
        NEXT_ROW_AFTER_THE_END("09:30", "09:40"),
        NEXT_ROW_AT_THE_END("09:30", "09:30"),
        NO_ROW_AFTER_THE_END("09:30", null),
        OPEN_OUTAGE("open", "09:40");

        final String end;
        final String nextRow;

        OutageShape(String end, String nextRow) {
            this.end = end;
            this.nextRow = nextRow;
        }
    }

    /** The table of rules.md §4.1 as written there: one row per state at failover, one column pair per table. */
    @ParameterizedTest(name = "x = {0} (before it {1}): table 1 -> {2} {3}, table 2 -> {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # x  | before x | table 1 (PG, CTI_MANAGER) | rule                     | table 2 (FINESSE) | rule
            3    | 2 7      | 3                         | POST_FAILOVER_READY      | 3                 | POST_FAILOVER_READY
            2    | 3        | 2                         | POST_FAILOVER_NOT_READY  | 2                 | POST_FAILOVER_NOT_READY
            2 0  | 3        | 2 0                       | POST_FAILOVER_NOT_READY  | 2 0               | POST_FAILOVER_NOT_READY
            2 7  | 3        | 2 7                       | POST_FAILOVER_NOT_READY  | 2 7               | POST_FAILOVER_NOT_READY
            8    | 2 7      | 9                         | POST_FAILOVER_UNRESOLVED | 3                 | POST_FAILOVER_RESERVED
            5    | 3        | 3                         | POST_FAILOVER_WRAPUP     | 3                 | POST_FAILOVER_WRAPUP
            6    | 3        | 3                         | POST_FAILOVER_WRAPUP     | 3                 | POST_FAILOVER_WRAPUP
            5    | 2 7      | 2 7                       | POST_FAILOVER_WRAPUP     | 2 7               | POST_FAILOVER_WRAPUP
            6    | 2        | 2                         | POST_FAILOVER_WRAPUP     | 2                 | POST_FAILOVER_WRAPUP
            1    | 3        | 9                         | POST_FAILOVER_UNRESOLVED | 9                 | POST_FAILOVER_UNRESOLVED
            4    | 3        | 9                         | POST_FAILOVER_UNRESOLVED | 9                 | POST_FAILOVER_UNRESOLVED
            7    | 3        | 9                         | POST_FAILOVER_UNRESOLVED | 9                 | POST_FAILOVER_UNRESOLVED
            9    | 3        | 9                         | POST_FAILOVER_UNRESOLVED | 9                 | POST_FAILOVER_UNRESOLVED
            10   | 3        | 9                         | POST_FAILOVER_UNRESOLVED | 9                 | POST_FAILOVER_UNRESOLVED
            11   | 3        | 9                         | POST_FAILOVER_UNRESOLVED | 9                 | POST_FAILOVER_UNRESOLVED
            12   | 3        | 9                         | POST_FAILOVER_UNRESOLVED | 9                 | POST_FAILOVER_UNRESOLVED
            13   | 3        | 9                         | POST_FAILOVER_UNRESOLVED | 9                 | POST_FAILOVER_UNRESOLVED
            14   | 3        | 9                         | POST_FAILOVER_UNRESOLVED | 9                 | POST_FAILOVER_UNRESOLVED
            """)
    void tables1And2(String x, String beforeX, String table1, Rule table1Rule, String table2, Rule table2Rule) {
        assertEveryShape(Component.PG, x, beforeX, table1, table1Rule);
        assertEveryShape(Component.CTI_MANAGER, x, beforeX, table1, table1Rule);
        assertEveryShape(Component.FINESSE, x, beforeX, table2, table2Rule);
    }

    /**
     * The agent is in {@code beforeX} from 08:00 and in {@code x} from 09:00; the outage starts at 09:10. Source
     * rows inside the outage (a call, a logout) are superseded; the next row after it shows the agent again.
     */
    private static void assertEveryShape(Component component, String x, String beforeX, String post, Rule rule) {
        for (OutageShape shape : OutageShape.values()) {
            Outage outage = outage("o1", component, "09:10", shape.end);
            List<String> rows = new ArrayList<>(List.of("08:00 " + beforeX, "09:00 " + x, "09:15 4", "09:25 0 50002"));
            List<String> expected = new ArrayList<>(List.of("08:00 09:00 " + beforeX, "09:00 09:10 " + x,
                    "09:10 " + shape.end + " 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT"));
            if (shape.nextRow != null) {
                rows.add(shape.nextRow + " 2 99");
            }
            boolean postSpan = !outage.isOpen() && !shape.end.equals(shape.nextRow);
            if (postSpan) {
                String t = shape.nextRow == null ? "open" : shape.nextRow;
                expected.add(shape.end + " " + t + " " + post + " RECONSTRUCTED o1 " + rule);
            }
            if (shape.nextRow != null && !outage.isOpen()) {
                expected.add(shape.nextRow + " open 2 99");
            }

            OutageEffects.Result result = apply(VOICE_AGENT, rows(rows.toArray(String[]::new)), outage);

            assertSpans(result.spans(), expected);
            assertThat(result.affected())
                    .as("%s %s", component, shape)
                    .containsExactly(new OutageEffects.Affected(outage, GapKind.AGENT_LOGGED_OUT));
        }
    }
}
