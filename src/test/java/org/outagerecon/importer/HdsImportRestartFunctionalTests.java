package org.outagerecon.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.support.HdsStandIn;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;

/**
 * {@code import --jdbc} killed with -9 after some of its commits, then run again: the watermark moved with the rows
 * it covers, so the rerun goes on from there and ends with the tables of a clean import.
 */
class HdsImportRestartFunctionalTests {

    /** Five commits of {@link HdsImporter#ROWS_PER_COMMIT} rows: the kill lands between the first and the last. */
    private static final int ROWS = 100_000;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aKilledImportRunAgainEndsWithTheTablesOfACleanImport(TestDatabase kind, @TempDir Path temp)
            throws Exception {
        try (HdsStandIn hds = HdsStandIn.create(TestDatabase.H2, temp)) {
            fill(hds);
            Map<String, List<String>> clean;
            List<String> cleanWatermarks;
            try (ReconTestRun run = ReconTestRun.start(kind)) {
                HdsImportFunctionalTests.importFrom(run, hds, "dbo", null);
                clean = HdsImportFunctionalTests.tablesRead(run);
                cleanWatermarks = watermarks(run);
            }

            try (ReconTestRun run = ReconTestRun.startShared(kind, temp)) {
                Process importing = startImportProcess(run, hds);
                awaitFirstCommit(run, importing);
                importing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

                long loaded = run.dsl().fetchCount(AGENT_STATE_TRACE);
                assertThat(loaded).as("killed before the end").isLessThan(ROWS);
                assertThat(watermarks(run)).as("the watermark covers exactly the rows committed")
                        .containsExactly("Agent_State_Trace " + loaded);

                HdsImportFunctionalTests.importFrom(run, hds, "dbo", null);

                assertThat(HdsImportFunctionalTests.tablesRead(run)).isEqualTo(clean);
                assertThat(watermarks(run)).isEqualTo(cleanWatermarks);
            }
        }
    }

    /** RecoveryKeys 1 to ROWS, 100 agents, a state change a second. */
    private static void fill(HdsStandIn hds) throws Exception {
        LocalDateTime start = LocalDateTime.of(2026, 11, 19, 0, 0);
        try (Connection connection = hds.connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO dbo.t_Agent_State_Trace (RecoveryKey, DateTime, TimeZone, SkillTargetID, MRDomainID,"
                        + " AgentState, ReasonCode, EventName) VALUES (?, ?, -420, ?, 1, ?, 0, 'STATE')")) {
            connection.setAutoCommit(false);
            for (int key = 1; key <= ROWS; key++) {
                insert.setDouble(1, key);
                insert.setObject(2, start.plusSeconds(key));
                insert.setInt(3, 1000 + key % 100);
                insert.setInt(4, 2 + key % 4);
                insert.addBatch();
                if (key % 10_000 == 0) {
                    insert.executeBatch();
                }
            }
            connection.commit();
        }
    }

    private static Process startImportProcess(ReconTestRun run, HdsStandIn hds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "org.outagerecon.cli.Main", "import",
                "--jdbc", hds.url(), "--db", run.databaseSettings().url())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("RECON_DB_USER", run.databaseSettings().user());
        builder.environment().put("RECON_DB_PASSWORD", run.databaseSettings().password());
        builder.environment().put("RECON_HDS_OVERLAP_KEYS", HdsImportFunctionalTests.OVERLAP.toPlainString());
        return builder.start();
    }

    /** Waits until the other process has committed rows of Agent_State_Trace with their watermark. */
    private static void awaitFirstCommit(ReconTestRun run, Process importing) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (watermarks(run).isEmpty()) {
            assertThat(importing.isAlive()).as("the import process is still running").isTrue();
            assertThat(System.nanoTime()).as("a first commit within 120 s").isLessThan(deadline);
            Thread.sleep(10);
        }
        assertThat(importing.isAlive()).as("still running when killed (more rows would make it longer)").isTrue();
    }

    private static List<String> watermarks(ReconTestRun run) {
        return run.lines("SELECT table_name, recovery_key FROM recon.import_watermark ORDER BY table_name");
    }
}
