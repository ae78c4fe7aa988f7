package org.outagerecon.rules.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.rules.timeline.RuleFixtures.VOICE_AGENT;
import static org.outagerecon.rules.timeline.RuleFixtures.apply;
import static org.outagerecon.rules.timeline.RuleFixtures.assertSpans;
import static org.outagerecon.rules.timeline.RuleFixtures.outage;
import static org.outagerecon.rules.timeline.RuleFixtures.timeline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Outage;
import org.outagerecon.rules.gap.GapKind;

/**
 * rules.md §4.2: a PIM outage {@code [09:10, end)} loses the agent's data ({@code GAP}); afterwards the agent
 * stays logged out ({@code PIM_AWAIT_RESYNC}) until its next source row {@code t}. Unlike a failover, the state at
 * failover only decides whether the agent is affected.
 */
class PimDataLostTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                         | source rows                      | outage end | spans
            next row after e: await resync | 08:00 3, 09:20 4, 09:40 2 7      | 09:30      | 08:00 09:10 3, 09:10 09:30 0 50002 GAP o1 PIM_DATA_LOST, 09:30 09:40 0 50002 RECONSTRUCTED o1 PIM_AWAIT_RESYNC, 09:40 open 2 7
            next row at e: no second span  | 08:00 4, 09:20 4, 09:30 2 7      | 09:30      | 08:00 09:10 4, 09:10 09:30 0 50002 GAP o1 PIM_DATA_LOST, 09:30 open 2 7
            next row is a logout at e      | 08:00 2 7, 09:30 0               | 09:30      | 08:00 09:10 2 7, 09:10 09:30 0 50002 GAP o1 PIM_DATA_LOST, 09:30 open 0
            no row after e: resync runs on | 08:00 8, 09:20 4                 | 09:30      | 08:00 09:10 8, 09:10 09:30 0 50002 GAP o1 PIM_DATA_LOST, 09:30 open 0 50002 RECONSTRUCTED o1 PIM_AWAIT_RESYNC
            open outage: the gap runs on   | 08:00 14, 09:20 4, 09:40 2 7     | open       | 08:00 09:10 14, 09:10 open 0 50002 GAP o1 PIM_DATA_LOST
            logged off at s: not affected  | 08:00 0 7, 09:20 4, 09:40 2 7    | 09:30      | 08:00 09:20 0 7, 09:20 09:40 4, 09:40 open 2 7
            """)
    void dataLost(String description, String rows, String end, String expected) {
        Outage outage = outage("o1", Component.PIM, "09:10", end);

        OutageEffects.Result result = apply(VOICE_AGENT, timeline(rows), outage);

        assertSpans(result.spans(), expected.split(","));
        if (expected.contains("PIM_DATA_LOST")) {
            assertThat(result.affected()).containsExactly(new OutageEffects.Affected(outage, GapKind.DATA_LOST));
        } else {
            assertThat(result.affected()).isEmpty();
        }
    }
}
