package org.outagerecon.rules.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.rules.timeline.RuleFixtures.CHAT_AGENT;
import static org.outagerecon.rules.timeline.RuleFixtures.MINUTE;
import static org.outagerecon.rules.timeline.RuleFixtures.VOICE_AGENT;
import static org.outagerecon.rules.timeline.RuleFixtures.outages;
import static org.outagerecon.rules.timeline.RuleFixtures.randomHistory;
import static org.outagerecon.rules.timeline.RuleFixtures.t;
import static org.outagerecon.rules.timeline.RuleFixtures.timeline;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.agentmrd.AgentMrdReconciliation;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Window;

/**
 * rules.md §1 lets the job read less history only where that cannot change a row: {@link HistoryCut} says when
 * reading an agent-MRD from a cut instant before the window is as good as reading everything.
 */
class HistoryCutTest {

    private static final int THIRTY_MINUTES = 30;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                      | MRD   | all source rows              | cut   | outages                    | exact
            logged off by a row at the cut              | voice | 08:00 3, 09:00 0, 09:40 3    | 09:00 |                            | true
            the last row at the cut is 0                | voice | 08:00 3, 09:00 3, 09:00 0    | 09:00 |                            | true
            the last row at the cut is not 0            | voice | 08:00 0, 09:00 0, 09:00 3    | 09:00 |                            | false
            logged off since before the cut, no row at it | voice | 08:00 0, 09:40 3           | 09:00 |                            | false
            logged on at the cut                        | voice | 09:00 3, 09:40 0             | 09:00 |                            | false
            an outage starting at the cut               | voice | 08:00 3, 09:00 0, 09:40 3    | 09:00 | a PG 09:00 09:30           | false
            an outage holding the cut                   | voice | 08:00 3, 09:00 0, 09:40 3    | 09:00 | a CTI_MANAGER 08:50 09:10  | false
            a PIM outage holding the cut                | voice | 08:00 3, 09:00 0, 09:40 3    | 09:00 | a PIM 08:50 09:10          | false
            an open outage from before the cut          | voice | 08:00 3, 09:00 0, 09:40 3    | 09:00 | a PG 08:00 open            | false
            an outage ending at the cut                 | voice | 08:00 3, 09:00 0, 09:40 3    | 09:00 | a PG 08:30 09:00           | true
            an outage starting after the cut            | voice | 08:00 3, 09:00 0, 09:40 3    | 09:00 | a PG 09:00:00.001 09:30    | true
            an outage on another peripheral             | voice | 08:00 3, 09:00 0, 09:40 3    | 09:00 | a PG 08:50 09:10 5001      | true
            outages that never touch agents             | voice | 08:00 3, 09:00 0, 09:40 3    | 09:00 | a MR_PG 08:50 09:10; b ROUTER_LINK 08:50 09:10; c AGENT_PG_CTI 08:50 09:10; d MR_PIM 08:50 09:10 | true
            a PG outage does not reach a chat MRD       | chat  | 08:00 3, 09:00 0, 09:40 3    | 09:00 | a PG 08:50 09:10           | true
            a Finesse outage does                       | chat  | 08:00 3, 09:00 0, 09:40 3    | 09:00 | a FINESSE 08:50 09:10      | false
            """)
    void exactOnlyWhenLoggedOffAtTheCutAndNoOutageHoldsIt(String description, String media, String rows, String cut,
                                                          String outages, boolean exact) {
        AgentMrd agentMrd = media.equals("voice") ? VOICE_AGENT : CHAT_AGENT;
        List<Outage> ordered = List.of(outages(outages));

        assertThat(HistoryCut.isExact(t(cut), rowsFrom(timeline(rows), t(cut)), agentMrd, ordered)).isEqualTo(exact);
    }

    /** Why both conditions are needed: without them a row of the window changes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                              | all source rows            | cut   | outages
            logged on at the cut: the login of a later logout   | 08:00 3, 09:00 2, 10:00 0  | 09:00 |
            an outage starting at the cut: its x is before it   | 08:00 3, 09:00 0, 09:40 3  | 09:00 | a PG 09:00 09:30
            """)
    void aCutThatIsNotExactChangesRows(String description, String rows, String cut, String outages) {
        List<StateRow> all = timeline(rows);
        List<StateRow> fromCut = rowsFrom(all, t(cut));
        List<Outage> ordered = List.of(outages(outages));
        Window window = new Window(t("09:30"), t("10:30"));

        assertThat(HistoryCut.isExact(t(cut), fromCut, VOICE_AGENT, ordered)).isFalse();
        assertThat(reconcile(fromCut, ordered, window)).isNotEqualTo(reconcile(all, ordered, window));
    }

    /** The cut must be before the window: a window starting at it holds the logout stamped there. */
    @Test
    void aCutAtTheWindowStartIsNotBeforeTheWindow() {
        List<StateRow> all = timeline("08:00 3, 09:00 0, 09:40 3");
        List<StateRow> fromCut = rowsFrom(all, t("09:00"));
        Window window = new Window(t("09:00"), t("10:00"));

        assertThat(HistoryCut.isExact(t("09:00"), fromCut, VOICE_AGENT, List.of())).isTrue();
        assertThat(reconcile(all, List.of(), window).logouts()).hasSize(1);
        assertThat(reconcile(fromCut, List.of(), window).logouts()).isEmpty();
    }

    /**
     * For random histories, every exact cut gives the same reconciliation as all rows, for every window that starts
     * after the cut (a window starting at the cut would hold the logout stamped there, whose login is before it).
     */
    @Test
    void anExactCutChangesNoRowOfALaterWindow() {
        Random random = new Random(20240304);
        int exactCuts = 0;
        for (int attempt = 0; attempt < 400; attempt++) {
            RuleFixtures.History history = randomHistory(random);
            for (StateRow row : history.rows()) {
                List<StateRow> fromCut = rowsFrom(history.rows(), row.at());
                if (!HistoryCut.isExact(row.at(), fromCut, history.agentMrd(), history.outages())) {
                    continue;
                }
                exactCuts++;
                long length = THIRTY_MINUTES * MINUTE;
                long from = (Math.floorDiv(row.at(), length) + 1 + random.nextInt(4)) * length;
                Window window = new Window(from, from + (1 + random.nextInt(24)) * length);
                assertThat(AgentMrdReconciliation.of(history.agentMrd(), fromCut, history.outages(), window,
                        THIRTY_MINUTES))
                        .as("%s cut at %s, %s", history, RuleFixtures.time(row.at()), window)
                        .isEqualTo(AgentMrdReconciliation.of(history.agentMrd(), history.rows(), history.outages(),
                                window, THIRTY_MINUTES));
            }
        }
        assertThat(exactCuts).as("exact cuts tried").isGreaterThan(300);
    }

    /**
     * What the job reads (SourceRowReader): rows before the window end, from the last logout before the window
     * start when that cut is exact, else all of them; for random histories and windows, the same reconciliation
     * as all history, rows after the window included.
     */
    @Test
    void whatTheJobReadsGivesTheReconciliationOfAllHistory() {
        Random random = new Random(1);
        int cutsUsed = 0;
        for (int attempt = 0; attempt < 20_000; attempt++) {
            RuleFixtures.History history = randomHistory(random);
            long length = THIRTY_MINUTES * MINUTE;
            long from = RuleFixtures.DAY + (10 + random.nextInt(30)) * length;
            Window window = new Window(from, from + (1 + random.nextInt(6)) * length);
            List<StateRow> beforeTheEnd = history.rows().stream().filter(row -> row.at() < window.to()).toList();
            if (beforeTheEnd.isEmpty()) {
                continue;
            }
            Long cut = beforeTheEnd.stream().filter(row -> row.state() == AgentState.LOGGED_OFF && row.at() < from)
                    .map(StateRow::at).reduce((a, b) -> b).orElse(null);
            List<StateRow> read = beforeTheEnd;
            if (cut != null && HistoryCut.isExact(cut, rowsFrom(beforeTheEnd, cut), history.agentMrd(),
                    history.outages())) {
                read = rowsFrom(beforeTheEnd, cut);
                cutsUsed++;
            }
            assertThat(AgentMrdReconciliation.of(history.agentMrd(), read, history.outages(), window, THIRTY_MINUTES))
                    .as("%s %s, cut %s", history, window, cut)
                    .isEqualTo(AgentMrdReconciliation.of(history.agentMrd(), history.rows(), history.outages(), window,
                            THIRTY_MINUTES));
        }
        assertThat(cutsUsed).as("reads that started at a cut").isGreaterThan(100);
    }

    private static AgentMrdReconciliation reconcile(List<StateRow> rows, List<Outage> outages, Window window) {
        return AgentMrdReconciliation.of(VOICE_AGENT, rows, outages, window, THIRTY_MINUTES);
    }

    /** What a reader that starts at the cut sees: the rows stamped at or after it. */
    private static List<StateRow> rowsFrom(List<StateRow> rows, long cut) {
        return rows.stream().filter(row -> row.at() >= cut).toList();
    }
}
