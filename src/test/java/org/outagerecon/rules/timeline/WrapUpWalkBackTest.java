package org.outagerecon.rules.timeline;

import static org.outagerecon.rules.timeline.RuleFixtures.VOICE_AGENT;
import static org.outagerecon.rules.timeline.RuleFixtures.assertSpans;
import static org.outagerecon.rules.timeline.RuleFixtures.outage;
import static org.outagerecon.rules.timeline.RuleFixtures.reconcile;
import static org.outagerecon.rules.timeline.RuleFixtures.sourceSpansUntil;
import static org.outagerecon.rules.timeline.RuleFixtures.timeline;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.Component;

/**
 * rules.md §4.1, "before the call": a wrap-up at failover becomes Ready when the first non-call state before the
 * call is Ready, else Not Ready (with that state's reason only when it is Not Ready). The same for both tables.
 */
class WrapUpWalkBackTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                | rows until the outage at 09:10 (the last one is x)        | post-failover state
            Ready before the call                 | 08:00 3, 09:00 4, 09:05 6                                 | 3
            Not Ready 7 before the call           | 08:00 2 7, 09:00 4, 09:05 5                               | 2 7
            Not Ready 0 keeps reason 0            | 08:00 2 0, 09:00 4, 09:05 5                               | 2 0
            Not Ready without reason              | 08:00 2, 09:00 4, 09:05 6                                 | 2
            wrap-up right after Ready             | 08:00 3, 09:05 6                                          | 3
            walks over every call state           | 08:00 3, 08:50 8, 08:52 4, 08:55 10, 08:57 4, 09:00 6, 09:05 5 | 3
            ... back to Not Ready                 | 08:00 2 7, 08:50 8, 08:52 4, 08:55 10, 08:57 4, 09:00 6, 09:05 5 | 2 7
            7, 11, 12, 13 are call states         | 08:00 3, 08:50 7, 08:55 11, 08:57 12, 08:58 13, 09:05 6   | 3
            the nearest non-call state decides    | 08:00 3, 08:30 2 7, 08:50 4, 09:05 6                      | 2 7
            ... also when it is Ready             | 08:00 2 7, 08:30 3, 08:50 4, 09:05 6                      | 3
            Logged On before                      | 08:00 1, 09:00 4, 09:05 6                                 | 2
            Unknown before                        | 08:00 9, 09:00 4, 09:05 6                                 | 2
            Not Active before                     | 08:00 14, 09:00 4, 09:05 6                                | 2
            Logged Off before (its reason is not kept) | 08:00 0 7, 09:00 4, 09:05 6                          | 2
            walk reaches the known timeline's start | 08:50 4, 09:05 6                                        | 2
            ... through several call states       | 08:50 8, 08:55 4, 09:05 5                                 | 2
            ... from the wrap-up itself           | 09:05 5                                                   | 2
            """)
    void stateBeforeTheCall(String description, String rowsUntilOutage, String post) {
        List<StateRow> rows = new ArrayList<>(timeline(rowsUntilOutage));
        List<String> expected = new ArrayList<>(sourceSpansUntil(rows, "09:10"));
        expected.addAll(List.of(
                "09:10 09:30 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT",
                "09:30 09:40 " + post + " RECONSTRUCTED o1 POST_FAILOVER_WRAPUP",
                "09:40 open 2 99"));
        rows.addAll(timeline("09:40 2 99"));

        for (Component component : List.of(Component.PG, Component.CTI_MANAGER, Component.FINESSE)) {
            assertSpans(reconcile(VOICE_AGENT, rows, outage("o1", component, "09:10", "09:30")), expected);
        }
    }
}
