package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.domain.Window;
import org.outagerecon.generate.DatasetGenerator;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;
import org.springframework.batch.core.BatchStatus;

/**
 * A reconcile killed with -9 in the middle of its step, then the same command again: the stale execution is
 * recovered and restarted, nothing half-written was ever visible, and the tables are those of a clean run.
 */
class RestartFunctionalTests {

    static final Window DAY = ReconTestRun.window("2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRunKilledMidwayIsRestartedAndEndsWithTheTablesOfACleanRun(TestDatabase kind, @TempDir Path temp)
            throws Exception {
        Path data = temp.resolve("data");
        new DatasetGenerator(new DatasetGenerator.GeneratorSettings(400, 1, 7, LocalDate.of(2026, 11, 19)))
                .generate(data);
        Map<String, List<String>> clean;
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(data);
            run.reconcile(DAY);
            clean = run.reconciledTables();
        }

        try (ReconTestRun run = ReconTestRun.startShared(kind, temp)) {
            run.importDirectory(data);
            Process reconcile = startReconcileProcess(run);
            awaitRunningStep(run, reconcile);
            reconcile.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            awaitLocksReleased(run);

            assertThat(run.lines("SELECT status FROM BATCH_JOB_EXECUTION")).as("killed while running")
                    .containsExactly("STARTED");
            assertThat(run.reconciledTables().values()).as("nothing half-written is visible")
                    .allSatisfy(rows -> assertThat(rows).isEmpty());

            assertThat(run.reconcile(DAY)).isEqualTo(BatchStatus.COMPLETED);
            assertThat(run.reconciledTables()).isEqualTo(clean);
            assertThat(run.lines("SELECT e.status, e.job_instance_id FROM BATCH_JOB_EXECUTION e"
                    + " ORDER BY e.job_execution_id")).as("the killed execution failed, then its instance restarted")
                    .hasSize(2).first().asString().startsWith("FAILED ");
            assertThat(run.lines("SELECT COUNT(DISTINCT job_instance_id) FROM BATCH_JOB_EXECUTION"))
                    .containsExactly("1");
            assertThat(run.lines("SELECT status, finished_at IS NOT NULL FROM recon.run ORDER BY run_id"))
                    .as("the killed run is recorded as ended").containsExactly("FAILED true", "COMPLETED true");
        }
    }

    /**
     * An execution whose end Spring Batch could not record (UNKNOWN: the database went away at commit) cannot be
     * restarted; the window is replaced in one transaction, so it is abandoned and the window runs again.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRunWhoseEndWasNotRecordedDoesNotBlockItsWindow(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(ReconcileFunctionalTests.BASIC);
            run.reconcile(DAY);
            Map<String, List<String>> clean = run.reconciledTables();
            run.dsl().execute("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN'");
            run.dsl().execute("UPDATE recon.run SET status = 'STARTED', finished_at = NULL");

            assertThat(run.reconcile(DAY)).isEqualTo(BatchStatus.COMPLETED);
            assertThat(run.reconciledTables()).isEqualTo(clean);
            assertThat(run.lines("SELECT status, finished_at IS NOT NULL FROM recon.run ORDER BY run_id"))
                    .containsExactly("ABANDONED true", "COMPLETED true");
        }
    }

    private static Process startReconcileProcess(ReconTestRun run) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "org.outagerecon.cli.Main", "reconcile",
                "--db", run.databaseSettings().url(), "--from", "2026-11-19T00:00:00Z", "--to", "2026-11-20T00:00:00Z"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("RECON_DB_USER", run.databaseSettings().user());
        builder.environment().put("RECON_DB_PASSWORD", run.databaseSettings().password());
        return builder.start();
    }

    /**
     * The database releases a killed run's locks when it notices the connection is gone: H2's AUTO_SERVER only
     * after the statement in flight and its rollback, so a rerun in the same millisecond would exit 4.
     */
    private static void awaitLocksReleased(ReconTestRun run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (WindowLock.Held held = run.bean(WindowLock.class).acquire(DAY, Partition.ALL)) {
                return;
            } catch (WindowBusyException e) {
                assertThat(System.nanoTime()).as("the killed run's locks were released within 60 s")
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    /** Waits until the other process is inside the reconcile step, then lets it work a moment. */
    private static void awaitRunningStep(ReconTestRun run, Process reconcile) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (run.dsl().fetchCount(DSL.table("BATCH_STEP_EXECUTION"), DSL.field("STATUS").eq("STARTED")) == 0) {
            assertThat(reconcile.isAlive()).as("the reconcile process is still running").isTrue();
            assertThat(System.nanoTime()).as("the step started within 60 s").isLessThan(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(300);
        assertThat(reconcile.isAlive()).as("still running when killed (more data would make the step longer)")
                .isTrue();
    }
}
