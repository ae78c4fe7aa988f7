package org.outagerecon.rules.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.rules.timeline.RuleFixtures.VOICE_AGENT;
import static org.outagerecon.rules.timeline.RuleFixtures.assertLogouts;
import static org.outagerecon.rules.timeline.RuleFixtures.outage;
import static org.outagerecon.rules.timeline.RuleFixtures.reconcile;
import static org.outagerecon.rules.timeline.RuleFixtures.spans;
import static org.outagerecon.rules.timeline.RuleFixtures.timeline;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.Component;

/** rules.md §4.3: logout rows derived from the reconciled timeline. */
class LogoutsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # case                                  | merged timeline                                                 | logouts (login logout reason ...)     | login_duration_s
            a change to 0 is a logout               | 08:00 09:00 3, 09:00 open 0                                     | 08:00 09:00 -                         | 3600
            login: the last change from 0           | 07:00 08:00 0, 08:00 08:30 3, 08:30 09:00 2 7, 09:00 open 0 5   | 08:00 09:00 5                         | 3600
            login: the first known span             | 08:00 08:30 4, 08:30 09:00 3, 09:00 open 0                      | 08:00 09:00 -                         | 3600
            two logged-on stretches                 | 08:00 08:30 3, 08:30 08:45 0, 08:45 09:00 2, 09:00 open 0 0     | 08:00 08:30 -; 08:45 09:00 0          | 1800 900
            the 0-span's reason, provenance, outage and rule | 08:00 09:00 3, 09:00 09:10 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:10 open 3 | 08:00 09:00 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT | 3600
            0 to 0 is not a second logout           | 08:00 09:00 3, 09:00 09:10 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:10 09:20 0 50002 RECONSTRUCTED o2 PIM_AWAIT_RESYNC, 09:20 open 0 | 08:00 09:00 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT | 3600
            a PIM gap is a logout                   | 08:00 09:00 3, 09:00 09:10 0 50002 GAP o1 PIM_DATA_LOST, 09:10 open 0 50002 RECONSTRUCTED o1 PIM_AWAIT_RESYNC | 08:00 09:00 50002 GAP o1 PIM_DATA_LOST | 3600
            login at a post-failover span           | 08:00 09:00 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:00 09:10 3 RECONSTRUCTED o1 POST_FAILOVER_READY, 09:10 09:20 4, 09:20 open 0 | 09:00 09:20 - | 1200
            never logged on                         | 08:00 09:00 0, 09:00 open 0 7                                   | none                                  | none
            still logged on                         | 08:00 open 3                                                    | none                                  | none
            duration: floor of the seconds          | 08:00:00.500 08:01:00.499 3, 08:01:00.499 open 0                | 08:00:00.500 08:01:00.499 -           | 59
            999 ms logged on is 0 s                 | 08:00 08:00:00.999 3, 08:00:00.999 open 0                       | 08:00 08:00:00.999 -                  | 0
            """)
    void logoutRows(String description, String timeline, String logouts, String durations) {
        List<Logout> actual = Logouts.of(spans(timeline.split(",")));

        assertLogouts(actual, logouts == null ? new String[0] : logouts.split(";"));
        assertThat(actual).extracting(Logout::loginDurationSeconds).containsExactlyElementsOf(
                durations == null ? List.of() : Arrays.stream(durations.split(" ")).map(Long::valueOf).toList());
    }

    /** A PG failover at 09:10 logs the agent out at s, also when the source has a logout of its own there. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # source rows
            08:00 3, 09:40 2 7
            08:00 3, 09:10 0 50001, 09:40 2 7
            08:00 3, 09:20 0, 09:40 2 7
            """)
    void failoverLogoutIsALogoutRowAtS(String rows) {
        List<Span> reconciled = reconcile(VOICE_AGENT, timeline(rows), outage("o1", Component.PG, "09:10", "09:30"));

        assertLogouts(Logouts.of(reconciled), "08:00 09:10 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT");
    }
}
