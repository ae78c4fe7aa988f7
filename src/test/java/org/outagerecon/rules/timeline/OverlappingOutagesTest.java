package org.outagerecon.rules.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.rules.timeline.RuleFixtures.VOICE_AGENT;
import static org.outagerecon.rules.timeline.RuleFixtures.apply;
import static org.outagerecon.rules.timeline.RuleFixtures.assertSpans;
import static org.outagerecon.rules.timeline.RuleFixtures.outage;
import static org.outagerecon.rules.timeline.RuleFixtures.outages;
import static org.outagerecon.rules.timeline.RuleFixtures.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Outage;

/** rules.md §4: outages apply one after the other, each seeing the timeline as the earlier ones left it. */
class OverlappingOutagesTest {

    @Test
    void applicationOrderIsStartThenComponentThenIdAsText() {
        List<Outage> expectedOrder = List.of(
                outage("y", Component.FINESSE, "09:05", "09:30"),
                outage("z", Component.PIM, "09:10", "09:30"),
                outage("10", Component.PG, "09:10", "09:30"),
                outage("9", Component.PG, "09:10", "09:30"),
                outage("f", Component.CTI_MANAGER, "09:10", "09:30"),
                outage("e", Component.FINESSE, "09:10", "09:30"),
                outage("d", Component.AGENT_PG_CTI, "09:10", "09:30"),
                outage("c", Component.MR_PG, "09:10", "09:30"),
                outage("b", Component.MR_PIM, "09:10", "09:30"),
                outage("a", Component.ROUTER_LINK, "09:10", "09:30"),
                outage("0", Component.PIM, "09:20", "09:30"));
        Random random = new Random(4);
        for (int attempt = 0; attempt < 20; attempt++) {
            List<Outage> shuffled = new ArrayList<>(expectedOrder);
            Collections.shuffle(shuffled, random);
            shuffled.sort(Outage.APPLICATION_ORDER);
            assertThat(shuffled).containsExactlyElementsOf(expectedOrder);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | source rows                      | outages (id component s e)              | spans | affected
            PIM before PG at the same s, whatever the ids  | 08:00 3, 09:40 2 7               | a PG 09:10 09:30; b PIM 09:10 09:30      | 08:00 09:10 3, 09:10 09:30 0 50002 GAP b PIM_DATA_LOST, 09:30 09:40 0 50002 RECONSTRUCTED b PIM_AWAIT_RESYNC, 09:40 open 2 7 | b
            PG before FINESSE at the same s: table 1 wins  | 08:00 8, 09:40 2 7               | a FINESSE 09:10 09:30; b PG 09:10 09:30  | 08:00 09:10 8, 09:10 09:30 0 50002 RECONSTRUCTED b FAILOVER_LOGOUT, 09:30 09:40 9 RECONSTRUCTED b POST_FAILOVER_UNRESOLVED, 09:40 open 2 7 | b
            PG before CTI_MANAGER at the same s            | 08:00 3, 09:40 2 7               | a CTI_MANAGER 09:10 09:20; b PG 09:10 09:30 | 08:00 09:10 3, 09:10 09:30 0 50002 RECONSTRUCTED b FAILOVER_LOGOUT, 09:30 09:40 3 RECONSTRUCTED b POST_FAILOVER_READY, 09:40 open 2 7 | b
            same component: id as text, 10 before 9        | 08:00 3, 09:40 2 7               | 9 PG 09:10 09:20; 10 PG 09:10 09:30      | 08:00 09:10 3, 09:10 09:30 0 50002 RECONSTRUCTED 10 FAILOVER_LOGOUT, 09:30 09:40 3 RECONSTRUCTED 10 POST_FAILOVER_READY, 09:40 open 2 7 | 10
            logged off at s by an earlier outage           | 08:00 3, 09:40 2 7               | a PG 09:00 09:30; b PG 09:10 09:20       | 08:00 09:00 3, 09:00 09:30 0 50002 RECONSTRUCTED a FAILOVER_LOGOUT, 09:30 09:40 3 RECONSTRUCTED a POST_FAILOVER_READY, 09:40 open 2 7 | a
            during a logout, even when outlasting it       | 08:00 3, 09:40 2 7               | a PG 09:00 09:20; b FINESSE 09:10 09:35  | 08:00 09:00 3, 09:00 09:20 0 50002 RECONSTRUCTED a FAILOVER_LOGOUT, 09:20 09:40 3 RECONSTRUCTED a POST_FAILOVER_READY, 09:40 open 2 7 | a
            during PIM's await resync (logged off)         | 08:00 3, 09:40 2 7               | a PIM 09:00 09:10; b PG 09:20 09:30      | 08:00 09:00 3, 09:00 09:10 0 50002 GAP a PIM_DATA_LOST, 09:10 09:40 0 50002 RECONSTRUCTED a PIM_AWAIT_RESYNC, 09:40 open 2 7 | a
            starting when another ends: its post state is x | 08:00 8, 09:40 2 7              | a PG 09:00 09:10; b FINESSE 09:10 09:20  | 08:00 09:00 8, 09:00 09:10 0 50002 RECONSTRUCTED a FAILOVER_LOGOUT, 09:10 09:20 0 50002 RECONSTRUCTED b FAILOVER_LOGOUT, 09:20 09:40 9 RECONSTRUCTED b POST_FAILOVER_UNRESOLVED, 09:40 open 2 7 | a b
            starting inside another's post-failover span   | 08:00 2 7, 09:40 3               | a PG 09:00 09:10; b CTI_MANAGER 09:20 09:30 | 08:00 09:00 2 7, 09:00 09:10 0 50002 RECONSTRUCTED a FAILOVER_LOGOUT, 09:10 09:20 2 7 RECONSTRUCTED a POST_FAILOVER_NOT_READY, 09:20 09:30 0 50002 RECONSTRUCTED b FAILOVER_LOGOUT, 09:30 09:40 2 7 RECONSTRUCTED b POST_FAILOVER_NOT_READY, 09:40 open 3 | a b
            ... ending after the post span: t moves on      | 08:00 3, 09:20 4, 09:40 2 7      | a PG 09:00 09:10; b PG 09:15 09:30       | 08:00 09:00 3, 09:00 09:10 0 50002 RECONSTRUCTED a FAILOVER_LOGOUT, 09:10 09:15 3 RECONSTRUCTED a POST_FAILOVER_READY, 09:15 09:30 0 50002 RECONSTRUCTED b FAILOVER_LOGOUT, 09:30 09:40 3 RECONSTRUCTED b POST_FAILOVER_READY, 09:40 open 2 7 | a b
            wrap-up walk-back reaches an earlier post span | 08:00 3, 08:35 2, 09:00 4, 09:05 6, 09:40 2 7 | a PG 08:30 08:40; b PG 09:10 09:20 | 08:00 08:30 3, 08:30 08:40 0 50002 RECONSTRUCTED a FAILOVER_LOGOUT, 08:40 09:00 3 RECONSTRUCTED a POST_FAILOVER_READY, 09:00 09:05 4, 09:05 09:10 6, 09:10 09:20 0 50002 RECONSTRUCTED b FAILOVER_LOGOUT, 09:20 09:40 3 RECONSTRUCTED b POST_FAILOVER_WRAPUP, 09:40 open 2 7 | a b
            starting when another ends at a source row: that row is disregarded, so x is the post state | 08:00 3, 09:10 2 7 | a PG 09:00 09:10; b PG 09:10 09:20 | 08:00 09:00 3, 09:00 09:10 0 50002 RECONSTRUCTED a FAILOVER_LOGOUT, 09:10 09:20 0 50002 RECONSTRUCTED b FAILOVER_LOGOUT, 09:20 open 3 RECONSTRUCTED b POST_FAILOVER_READY | a b
            ... the second failover's own logout at s                                   | 08:00 3, 09:10 0 50002 | a PG 09:00 09:10; b PG 09:10 09:20 | 08:00 09:00 3, 09:00 09:10 0 50002 RECONSTRUCTED a FAILOVER_LOGOUT, 09:10 09:20 0 50002 RECONSTRUCTED b FAILOVER_LOGOUT, 09:20 open 3 RECONSTRUCTED b POST_FAILOVER_READY | a b
            ... after PIM, whose await-resync state is logged off                       | 08:00 3, 09:10 2 7 | a PIM 09:00 09:10; b PG 09:10 09:20 | 08:00 09:00 3, 09:00 09:10 0 50002 GAP a PIM_DATA_LOST, 09:10 open 2 7 | a
            """)
    void eachOutageSeesTheTimelineTheEarlierOnesLeft(String description, String rows, String outages,
                                                     String expected, String affectedIds) {
        OutageEffects.Result result = apply(VOICE_AGENT, timeline(rows), outages(outages));

        assertSpans(result.spans(), expected.split(","));
        assertThat(result.affected()).extracting(affected -> affected.outage().id())
                .containsExactly(affectedIds.split(" "));
    }
}
