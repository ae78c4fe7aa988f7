package org.outagerecon.rules.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.rules.timeline.RuleFixtures.assertSpans;
import static org.outagerecon.rules.timeline.RuleFixtures.spans;
import static org.outagerecon.rules.timeline.RuleFixtures.timeline;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules.md §1: how source rows become spans, and which adjacent spans are one. */
class SourceTimelineTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | source rows                              | spans (not merged)
            each row lasts until the next, last runs on | 09:00 3, 09:10 8, 09:12 4, 09:20 6    | 09:00 09:10 3, 09:10 09:12 8, 09:12 09:20 4, 09:20 open 6
            one row runs on                           | 09:00 3                                  | 09:00 open 3
            same instant: the later row wins          | 09:00 3, 09:10 2 7, 09:10 4, 09:20 6     | 09:00 09:10 3, 09:10 09:20 4, 09:20 open 6
            list order decides, not the state         | 09:00 3, 09:00 2, 09:00 0                | 09:00 open 0
            same instant at the end                   | 09:00 3, 09:10 4, 09:10 3                | 09:00 09:10 3, 09:10 open 3
            equal rows stay apart until merged        | 09:00 3, 09:10 3                         | 09:00 09:10 3, 09:10 open 3
            reason 0 and null are kept as they are    | 09:00 2 0, 09:10 2, 09:20 2 0            | 09:00 09:10 2 0, 09:10 09:20 2 -, 09:20 open 2 0
            milliseconds are kept                     | 09:00:00.001 3, 09:00:00.002 4           | 09:00:00.001 09:00:00.002 3, 09:00:00.002 open 4
            """)
    void sourceRowsBecomeSpans(String description, String rows, String expected) {
        assertSpans(SourceTimeline.spans(timeline(rows)), List.of(expected.split(",")));
    }

    @Test
    void noRowsNoSpans() {
        assertThat(SourceTimeline.spans(List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                | spans                                                                                    | merged
            equal neighbours merge                | 09:00 09:10 3, 09:10 open 3                                                              | 09:00 open 3
            equal reasons merge, others do not    | 09:00 09:10 2 7, 09:10 09:20 2 7, 09:20 open 2 8                                         | 09:00 09:20 2 7, 09:20 open 2 8
            reason 0 then null: never merged      | 09:00 09:10 2 0, 09:10 open 2                                                            | 09:00 09:10 2 0, 09:10 open 2
            reason null then 0: never merged      | 09:00 09:10 0, 09:10 open 0 0                                                            | 09:00 09:10 0, 09:10 open 0 0
            provenance differs                    | 09:00 09:10 3, 09:10 09:20 3 RECONSTRUCTED o1 POST_FAILOVER_READY                        | 09:00 09:10 3, 09:10 09:20 3 RECONSTRUCTED o1 POST_FAILOVER_READY
            outage differs                        | 09:00 09:10 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:10 09:20 0 50002 RECONSTRUCTED o2 FAILOVER_LOGOUT | 09:00 09:10 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:10 09:20 0 50002 RECONSTRUCTED o2 FAILOVER_LOGOUT
            rule differs                          | 09:00 09:10 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:10 09:20 0 50002 RECONSTRUCTED o1 PIM_AWAIT_RESYNC | 09:00 09:10 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:10 09:20 0 50002 RECONSTRUCTED o1 PIM_AWAIT_RESYNC
            all five equal                        | 09:00 09:10 3 RECONSTRUCTED o1 POST_FAILOVER_READY, 09:10 09:20 3 RECONSTRUCTED o1 POST_FAILOVER_READY | 09:00 09:20 3 RECONSTRUCTED o1 POST_FAILOVER_READY
            not adjacent                          | 09:00 09:10 3, 09:20 09:30 3                                                             | 09:00 09:10 3, 09:20 09:30 3
            three in a row                        | 09:00 09:10 4, 09:10 09:20 4, 09:20 09:30 4, 09:30 open 5                                | 09:00 09:30 4, 09:30 open 5
            """)
    void adjacentEqualSpansMerge(String description, String spans, String expected) {
        assertSpans(SpanMerger.merge(spans(spans.split(","))), List.of(expected.split(",")));
    }

    @Test
    void rowsThatCollapseAtOneInstantMergeWithTheirNeighbour() {
        assertSpans(SpanMerger.merge(SourceTimeline.spans(timeline("09:00 3, 09:10 4, 09:10 3"))), "09:00 open 3");
    }
}
