package org.outagerecon.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;
import static org.outagerecon.db.recon.Tables.IMPORT_REJECT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TableDump;
import org.outagerecon.support.TestDatabase;
import org.outagerecon.system.BadInputException;

/**
 * Files as HDS exports write them (data-contract.md §1, HDS names): HDS headers in the HDS column order with
 * their extra columns, files named after their HDS table, on H2 and PostgreSQL.
 */
class HdsFilesFunctionalTests {

    static final Path BASIC = Path.of("src/test/resources/fixtures/basic");
    /** The rows of {@link #BASIC} with HDS headers, HDS table names and CRLF line ends, as bcp writes them. */
    static final Path HDS = Path.of("src/test/resources/fixtures/hds");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hdsHeadersAndFileNamesLoadTheRowsOfTheSnakeCaseFiles(TestDatabase kind) throws Exception {
        Map<String, List<String>> snakeCase;
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            snakeCase = TableDump.imported(run.dsl());
        }
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            ImportReport report = run.importDirectory(HDS);

            assertThat(report.files()).extracting(ImportReport.FileResult::file).containsExactly("t_Agent.csv",
                    "MEDIA_ROUTING_DOMAIN.csv", "outage.csv", "Agent_State_Trace.csv", "t_Termination_Call_Detail.CSV");
            assertThat(report.totalRejected()).isZero();
            assertThat(TableDump.imported(run.dsl())).isEqualTo(snakeCase);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoFilesForOneTableAreAnErrorAndNothingLoads(TestDatabase kind) throws Exception {
        copy("t_Agent.csv", "Agent_State_Trace.csv");
        Files.copy(BASIC.resolve("agent.csv"), dir.resolve("agent.csv"));
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            assertThatThrownBy(() -> run.importDirectory(dir)).isInstanceOf(BadInputException.class)
                    .hasMessage("import: " + dir + " holds 2 files for agent.csv (agent.csv, t_Agent.csv); keep one");
            assertThat(TableDump.imported(run.dsl()).values()).allSatisfy(rows -> assertThat(rows).isEmpty());
        }
    }

    /** Only a table's own name, in any case, with or without t_: not a name without its underscores. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFileNamedOtherwiseIsNotAnInputFile(TestDatabase kind) throws Exception {
        Files.copy(HDS.resolve("Agent_State_Trace.csv"), dir.resolve("AgentStateTrace.csv"));
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            assertThatThrownBy(() -> run.importDirectory(dir)).isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("import: " + dir + " holds none of the input files");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRejectNamesTheFileAsItIsNamed(TestDatabase kind) throws Exception {
        List<String> lines = Files.readAllLines(HDS.resolve("Agent_State_Trace.csv"));
        Files.write(dir.resolve("agent_STATE_trace.CSV"), List.of(lines.get(0), lines.get(1),
                lines.get(2).replace(",1002,", ",x,")));
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(dir);

            assertThat(run.lines("SELECT file, line, reason FROM recon.import_reject"))
                    .containsExactly("agent_STATE_trace.CSV 3 skill_target_id: x is not an integer");
            assertThat(run.dsl().fetchCount(AGENT_STATE_TRACE)).isOne();
            assertThat(run.dsl().fetchCount(IMPORT_REJECT)).isOne();
        }
    }

    private void copy(String... names) throws IOException {
        for (String name : names) {
            Files.copy(HDS.resolve(name), dir.resolve(name));
        }
    }
}
