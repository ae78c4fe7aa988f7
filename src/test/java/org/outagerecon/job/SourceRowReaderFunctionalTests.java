package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.Window;
import org.outagerecon.generate.DatasetGenerator;
import org.outagerecon.rules.timeline.StateRow;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;

/**
 * The reader has a query per database (PostgreSQL reads the timeline index alone, H2 joins the cuts back to all
 * history): on three days of generated history, both hand the rules the same agent-MRDs with the same rows, for
 * windows that start on, between and after days (the site is UTC-7: 20:00Z is mid-shift), whole and by partition, from the cut and from all history.
 */
class SourceRowReaderFunctionalTests {

    private static final List<Window> WINDOWS = List.of(
            ReconTestRun.window("2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z"),
            ReconTestRun.window("2026-11-20T07:00:00Z", "2026-11-21T07:00:00Z"),
            ReconTestRun.window("2026-11-21T12:30:00Z", "2026-11-21T14:00:00Z"),
            ReconTestRun.window("2026-11-20T20:00:00Z", "2026-11-21T02:00:00Z"),
            ReconTestRun.window("2026-11-23T00:00:00Z", "2026-11-24T00:00:00Z"));
    private static final List<Partition> PARTITIONS = List.of(Partition.ALL, Partition.parse("1/3"));

    @TempDir
    static Path dataset;

    @BeforeAll
    static void generate() throws Exception {
        new DatasetGenerator(new DatasetGenerator.GeneratorSettings(24, 3, 11, LocalDate.of(2026, 11, 19)))
                .generate(dataset);
    }

    @Test
    void bothDatabasesReadTheSameRows() throws Exception {
        Map<TestDatabase, List<String>> reads = new EnumMap<>(TestDatabase.class);
        for (TestDatabase kind : TestDatabase.values()) {
            try (ReconTestRun run = ReconTestRun.start(kind)) {
                run.importDirectory(dataset);
                reads.put(kind, readEverything(run));
            }
        }
        assertThat(reads.get(TestDatabase.POSTGRES)).isEqualTo(reads.get(TestDatabase.H2));
    }

    @Test
    void anExactCutReadsFromTheLastLogoutBeforeTheWindow() throws Exception {
        try (ReconTestRun run = ReconTestRun.start(TestDatabase.POSTGRES)) {
            run.importDirectory(dataset);
            Window midShift = WINDOWS.get(3);
            List<SourceRowReader.AgentMrdRows> fromCuts = read(run, midShift, Partition.ALL, true);
            List<SourceRowReader.AgentMrdRows> allHistory = read(run, midShift, Partition.ALL, false);
            assertThat(fromCuts).extracting(rows -> rows.skillTargetId() + "/" + rows.mrDomainId())
                    .isEqualTo(allHistory.stream().map(rows -> rows.skillTargetId() + "/" + rows.mrDomainId())
                            .toList());
            long cut = 0;
            for (int i = 0; i < fromCuts.size(); i++) {
                List<StateRow> fromCut = fromCuts.get(i).rows();
                List<StateRow> all = allHistory.get(i).rows();
                assertThat(all).endsWith(fromCut.toArray(StateRow[]::new));
                if (fromCut.size() < all.size()) {
                    cut++;
                    assertThat(fromCut.get(0).state()).isEqualTo(AgentState.LOGGED_OFF);
                    assertThat(fromCut.get(0).at()).isLessThan(midShift.from());
                    assertThat(all.subList(all.size() - fromCut.size() + 1, all.size()).stream()
                            .filter(row -> row.at() < midShift.from() && row.state() == AgentState.LOGGED_OFF))
                            .as("no later logout before the window").isEmpty();
                }
            }
            assertThat(cut).as("agent-MRDs read from a cut").isGreaterThan(fromCuts.size() / 2);
        }
    }

    private static List<String> readEverything(ReconTestRun run) throws Exception {
        List<String> lines = new ArrayList<>();
        for (Window window : WINDOWS) {
            for (Partition partition : PARTITIONS) {
                lines.add(window + " " + partition);
                read(run, window, partition, true).forEach(rows -> lines.add(rows.toString()));
            }
            lines.add(window + " all history");
            read(run, window, Partition.ALL, false).forEach(rows -> lines.add(rows.toString()));
        }
        assertThat(lines.size()).isGreaterThan(WINDOWS.size() * 3 * 10);
        return lines;
    }

    private static List<SourceRowReader.AgentMrdRows> read(ReconTestRun run, Window window, Partition partition,
                                                           boolean cutsExact) throws Exception {
        List<SourceRowReader.AgentMrdRows> read = new ArrayList<>();
        run.bean(SourceRowReader.class).forEachAgentMrd(run.dsl(), window, partition,
                (agent, mrd, cut, rowsFromCut) -> cutsExact, read::add);
        return read;
    }
}
