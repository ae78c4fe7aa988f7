package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.job.SampleDataFunctionalTests.DAY;
import static org.outagerecon.job.SampleDataFunctionalTests.SAMPLE_DATA;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.domain.Window;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;

/**
 * rules.md §8 on the sample day, on H2 and PostgreSQL: the outages nobody recorded (an OPC crash, a 42 burst, a
 * Finesse 255 wave) are found and the decoys (a shift change with reason 10, four agents dropping together) are
 * not; windows do not change what is found; a person's decision is never overwritten.
 */
class DetectionFunctionalTests {

    private static final String SUSPECTED = "SELECT outage_id, component, side, peripheral_id, mr_domain_id,"
            + " started_at, ended_at, status, origin FROM recon.outage WHERE origin = 'INFERRED' ORDER BY outage_id";
    private static final String OPC_CRASH = "SUSPECTED-PG-5001-20261119T201459.280Z";
    private static final String BURST = "SUSPECTED-AGENT_PG_CTI-5000-20261119T201200.000Z";
    private static final String FINESSE_WAVE = "SUSPECTED-FINESSE-5000-20261119T214500.202Z";
    /** 20:15 cuts the OPC crash's logouts (20:14:59.280 to 20:15:01.361) in two; windows need 15-minute intervals. */
    private static final Window BEFORE_CUT = ReconTestRun.window("2026-11-19T00:00:00Z", "2026-11-19T20:15:00Z");
    private static final Window AFTER_CUT = ReconTestRun.window("2026-11-19T20:15:00Z", "2026-11-20T00:00:00Z");

    @Test
    void theSampleDaysUnrecordedOutagesAreFoundAlikeOnBothDatabases() throws Exception {
        Map<TestDatabase, List<String>> found = new EnumMap<>(TestDatabase.class);
        for (TestDatabase kind : TestDatabase.values()) {
            try (ReconTestRun run = ReconTestRun.start(kind)) {
                run.importDirectory(SAMPLE_DATA);
                run.reconcile(DAY);

                assertThat(run.lines(SUSPECTED)).containsExactly(
                        BURST + " AGENT_PG_CTI null 5000 null 19 20:12:00 null SUSPECTED INFERRED",
                        FINESSE_WAVE + " FINESSE null 5000 null 19 21:45:00 19 21:47:17 SUSPECTED INFERRED",
                        OPC_CRASH + " PG null 5001 null 19 20:14:59 19 20:18:51 SUSPECTED INFERRED");
                List<String> notes = run.lines("SELECT note FROM recon.outage WHERE origin = 'INFERRED'"
                        + " ORDER BY outage_id");
                assertThat(notes.get(0)).startsWith("8 tasks of peripheral 5000 ended with disposition 42 within 0 s"
                        + " (MRD 2: 8 tasks, task life 1200 s).");
                assertThat(notes.get(1)).startsWith("13 agents of peripheral 5000 dropped (100% of the 13 agents"
                        + " logged on at 2026-11-19T21:45:00.202Z), 41 drops within");
                assertThat(notes.get(2)).startsWith("10 agents of peripheral 5001 dropped (100% of the 10 agents"
                        + " logged on at 2026-11-19T20:14:59.280Z)").contains("reasons -1 (10)")
                        .contains("cannot tell a PG failover from a CTI Manager failover or an OPC crash");
                found.put(kind, run.lines("SELECT * FROM recon.outage ORDER BY outage_id"));
            }
        }
        assertThat(found.get(TestDatabase.POSTGRES)).isEqualTo(found.get(TestDatabase.H2));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoWindowsSplitInsideAChainFindWhatTheDayFinds(TestDatabase kind) throws Exception {
        List<String> wholeDay;
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(SAMPLE_DATA);
            run.reconcile(DAY, 15);
            wholeDay = run.lines("SELECT * FROM recon.outage ORDER BY outage_id");
        }
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(SAMPLE_DATA);
            run.reconcile(AFTER_CUT, 15);
            assertThat(run.lines(SUSPECTED)).as("the crash and the burst started before the window").hasSize(1)
                    .allMatch(row -> row.startsWith(FINESSE_WAVE));
            run.reconcile(BEFORE_CUT, 15);

            assertThat(run.lines("SELECT * FROM recon.outage ORDER BY outage_id")).isEqualTo(wholeDay);
            assertThat(run.lines(SUSPECTED)).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDismissedOrConfirmedIdIsNeverRecordedAgain(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(SAMPLE_DATA);
            run.reconcile(DAY);
            run.dsl().execute("UPDATE recon.outage SET status = 'DISMISSED' WHERE outage_id = ?", FINESSE_WAVE);
            run.dsl().execute("UPDATE recon.outage SET status = 'CONFIRMED' WHERE outage_id = ?", OPC_CRASH);

            run.reconcile(DAY);

            assertThat(run.lines("SELECT outage_id, status, origin FROM recon.outage WHERE origin = 'INFERRED'"
                    + " ORDER BY outage_id")).containsExactly(
                    BURST + " SUSPECTED INFERRED",
                    FINESSE_WAVE + " DISMISSED INFERRED",
                    OPC_CRASH + " CONFIRMED INFERRED");
            assertThat(run.lines("SELECT count(*) FROM recon.agent_state_span WHERE outage_id = ?", OPC_CRASH))
                    .as("the confirmed one applies like an imported outage").isNotEqualTo(List.of("0"));
            assertThat(run.lines("SELECT count(*) FROM recon.agent_state_span WHERE outage_id = ?", FINESSE_WAVE))
                    .containsExactly("0");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void suspectedOutagesChangeNoOtherTable(TestDatabase kind) throws Exception {
        Map<String, List<String>> withDetection;
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(SAMPLE_DATA);
            run.reconcile(DAY);
            assertThat(run.lines(SUSPECTED)).hasSize(3);
            withDetection = run.reconciledTables();
        }
        try (ReconTestRun run = ReconTestRun.start(kind, Map.of("recon.detect.enabled", "false"))) {
            run.importDirectory(SAMPLE_DATA);
            run.reconcile(DAY);

            assertThat(run.lines(SUSPECTED)).isEmpty();
            assertThat(run.reconciledTables()).isEqualTo(withDetection);
        }
    }
}
