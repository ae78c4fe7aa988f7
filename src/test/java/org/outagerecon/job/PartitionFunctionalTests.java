package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.domain.Window;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;
import org.springframework.batch.core.BatchStatus;

/** {@code --partition I/N}: N workers write exactly the tables of one run, and never get in each other's way. */
class PartitionFunctionalTests {

    static final Path SAMPLE_DATA = Path.of("sample-data");
    static final Window DAY = ReconTestRun.window("2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void threePartitionsGiveTheTablesOfOneRun(TestDatabase kind) throws Exception {
        Map<String, List<String>> oneRun = tablesOfOneRun(kind);
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(SAMPLE_DATA);
            run.reconcile(DAY); // a whole run first: each partition must replace exactly its own rows
            for (int index : new int[] {2, 0, 1}) {
                assertThat(run.reconcile(DAY, 30, new Partition(index, 3))).isEqualTo(BatchStatus.COMPLETED);
            }
            assertThat(run.reconciledTables()).isEqualTo(oneRun);
            assertThat(run.lines("SELECT run_partition FROM recon.run ORDER BY run_id"))
                    .containsExactly("0/1", "2/3", "0/3", "1/3");
        }
        assertThat(oneRun.get("agent_state_span")).hasSizeGreaterThan(1000);
    }

    /**
     * Local partitions on threads: each worker replaces its share, the run as a whole the tables of one thread;
     * also within a --partition share, as a pod of an Indexed Job with several threads does.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void threadsGiveTheTablesOfOneThread(TestDatabase kind) throws Exception {
        Map<String, List<String>> oneThread = tablesOfOneRun(kind);
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(SAMPLE_DATA);
            assertThat(run.reconcile(new ReconcileParameters(DAY, 30, Partition.ALL, Trigger.WINDOW, 3)))
                    .isEqualTo(BatchStatus.COMPLETED);
            assertThat(run.reconciledTables()).isEqualTo(oneThread);
            assertThat(run.lines("SELECT step_name, status FROM BATCH_STEP_EXECUTION ORDER BY step_name"))
                    .containsExactly("reconcilePartition:partition0 COMPLETED", "reconcilePartition:partition1 COMPLETED",
                            "reconcilePartition:partition2 COMPLETED", "reconcileWindow COMPLETED");
            assertThat(run.lines("SELECT span_rows FROM recon.run")).as("counted once, not by the partitioned step too")
                    .containsExactly(String.valueOf(oneThread.get("agent_state_span").size()));

            for (int index = 0; index < 2; index++) {
                assertThat(run.reconcile(new ReconcileParameters(DAY, 30, new Partition(index, 2), Trigger.WINDOW, 2)))
                        .isEqualTo(BatchStatus.COMPLETED);
            }
            assertThat(run.reconciledTables()).isEqualTo(oneThread);
        }
    }

    /**
     * With threads, a failed run restarts only the shares that failed: the completed share keeps its rows and is
     * not run again, and the restarted run ends with the tables of one thread. A constraint that one agent's
     * spans break (10001 is in share 1 of 2) makes that share fail, as a database error would.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRestartWithThreadsRerunsOnlyTheShareThatFailed(TestDatabase kind) throws Exception {
        Map<String, List<String>> oneThread = tablesOfOneRun(kind);
        ReconcileParameters twoThreads = new ReconcileParameters(DAY, 30, Partition.ALL, Trigger.WINDOW, 2);
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(SAMPLE_DATA);
            run.dsl().execute("ALTER TABLE recon.agent_state_span ADD CONSTRAINT fails_share_1"
                    + " CHECK (skill_target_id <> 10001)");
            assertThat(run.reconcile(twoThreads)).isEqualTo(BatchStatus.FAILED);
            assertThat(run.lines("SELECT DISTINCT skill_target_id % 2 FROM recon.agent_state_span"))
                    .as("share 0 committed, share 1 rolled back").containsExactly("0");

            run.dsl().execute("ALTER TABLE recon.agent_state_span DROP CONSTRAINT fails_share_1");
            assertThat(run.reconcile(twoThreads)).isEqualTo(BatchStatus.COMPLETED);
            assertThat(run.reconciledTables()).isEqualTo(oneThread);
            assertThat(run.lines("SELECT step_name, status FROM BATCH_STEP_EXECUTION"
                    + " WHERE step_name LIKE 'reconcilePartition%' ORDER BY step_execution_id"))
                    .containsExactlyInAnyOrder("reconcilePartition:partition0 COMPLETED",
                            "reconcilePartition:partition1 FAILED", "reconcilePartition:partition1 COMPLETED");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void partitionsOfAWindowLockOnlyTheirOwnAgents(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            WindowLock lock = run.bean(WindowLock.class);
            try (WindowLock.Held first = lock.acquire(DAY, new Partition(0, 2))) {
                try (WindowLock.Held second = lock.acquire(DAY, new Partition(1, 2))) {
                    assertThat(second).as("the other half runs beside it").isNotNull();
                }
                assertThatThrownBy(() -> lock.acquire(DAY, Partition.ALL)).isInstanceOf(WindowBusyException.class);
                assertThatThrownBy(() -> lock.acquire(DAY, new Partition(0, 2))).isInstanceOf(WindowBusyException.class);
                assertThatThrownBy(() -> lock.acquire(DAY, new Partition(2, 4)))
                        .as("agents 2 mod 4 are agents 0 mod 2").isInstanceOf(WindowBusyException.class);
                try (WindowLock.Held disjoint = lock.acquire(DAY, new Partition(3, 4))) {
                    assertThat(disjoint).isNotNull();
                }
            }
        }
    }

    /** The sample day reconciled by one run on one thread. */
    private static Map<String, List<String>> tablesOfOneRun(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(SAMPLE_DATA);
            run.reconcile(DAY);
            return run.reconciledTables();
        }
    }
}
