package org.outagerecon.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.db.hds.Tables.AGENT;
import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;
import static org.outagerecon.db.hds.Tables.MEDIA_ROUTING_DOMAIN;
import static org.outagerecon.db.hds.Tables.TERMINATION_CALL_DETAIL;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.support.HdsStandIn;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TableDump;
import org.outagerecon.support.TestDatabase;

/**
 * {@code import --jdbc} (data-contract.md §5) against an HDS stand-in holding the rows of the basic fixture: the
 * same rows as {@code import --dir}, then incremental imports above the watermark less the overlap, on H2 and
 * PostgreSQL as the HDS and as the recon database.
 */
class HdsImportFunctionalTests {

    static final Path BASIC = Path.of("src/test/resources/fixtures/basic");
    static final BigDecimal OVERLAP = BigDecimal.TEN;
    private static final List<Table<?>> READ = List.of(AGENT, MEDIA_ROUTING_DOMAIN, AGENT_STATE_TRACE,
            TERMINATION_CALL_DETAIL);

    @ParameterizedTest(name = "HDS {0}, recon database {1}")
    @CsvSource({"H2, H2", "H2, POSTGRES", "POSTGRES, H2", "POSTGRES, POSTGRES"})
    void readsTheRowsTheFilesLoad(TestDatabase source, TestDatabase target) throws Exception {
        Map<String, List<String>> fromFiles;
        try (HdsStandIn hds = HdsStandIn.create(source)) {
            try (ReconTestRun files = ReconTestRun.start(target)) {
                files.importDirectory(BASIC);
                fromFiles = tablesRead(files);
                hds.copyFrom(files.dsl());
            }
            try (ReconTestRun run = ReconTestRun.start(target)) {
                ImportReport report = importFrom(run, hds, "dbo", null);

                assertThat(report.files()).extracting(this::counts).containsExactly(
                        "Agent 5 read, 5 loaded", "Media_Routing_Domain 3 read, 3 loaded",
                        "Agent_State_Trace 29 read, 29 loaded", "Termination_Call_Detail 8 read, 8 loaded");
                assertThat(tablesRead(run)).isEqualTo(fromFiles);
                assertThat(run.lines("SELECT table_name, recovery_key FROM recon.import_watermark ORDER BY 1"))
                        .containsExactly("Agent_State_Trace 225", "Termination_Call_Detail 308");
            }
        }
    }

    /** A copy of the HDS whose names were quoted in their own case, on a database that folds unquoted names. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void readsTablesNamedWithQuotesInTheirOwnCase(TestDatabase kind) throws Exception {
        ImportReport report = importThrough(kind, "Hds", hds -> hds.createQuotedViews("Hds"));

        assertThat(report.files()).extracting(this::counts).containsExactly(
                "Agent 5 read, 5 loaded", "Media_Routing_Domain 3 read, 3 loaded",
                "Agent_State_Trace 29 read, 29 loaded", "Termination_Call_Detail 8 read, 8 loaded");
    }

    /** The HDS views (no t_) in a schema of their own: the same rows. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void readsTheViewsOfAnotherSchema(TestDatabase kind) throws Exception {
        ImportReport report = importThrough(kind, "reporting", hds -> {
            hds.execute("CREATE SCHEMA reporting");
            for (String view : List.of("Agent", "Media_Routing_Domain", "Media_Class", "Agent_State_Trace",
                    "Termination_Call_Detail")) {
                hds.execute("CREATE VIEW reporting." + view + " AS SELECT * FROM dbo.t_" + view);
            }
        });

        assertThat(report.files()).extracting(ImportReport.FileResult::file).containsExactly("Agent",
                "Media_Routing_Domain", "Agent_State_Trace", "Termination_Call_Detail");
    }

    /** Something the tests build on the HDS stand-in holding the basic fixture. */
    private interface HdsSetup {
        void apply(HdsStandIn hds) throws Exception;
    }

    /**
     * Loads the basic fixture into a stand-in, lets {@code setup} expose it under {@code schema}, imports from there
     * into emptied tables and checks they hold the rows the files loaded.
     */
    private ImportReport importThrough(TestDatabase kind, String schema, HdsSetup setup) throws Exception {
        try (HdsStandIn hds = HdsStandIn.create(kind); ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            Map<String, List<String>> fromFiles = tablesRead(run);
            hds.copyFrom(run.dsl());
            setup.apply(hds);
            for (Table<?> table : READ) {
                run.dsl().deleteFrom(table).execute();
            }

            ImportReport report = importFrom(run, hds, schema, null);

            assertThat(tablesRead(run)).isEqualTo(fromFiles);
            return report;
        }
    }

    /**
     * The second import reads the rows above the watermark less the overlap: the new ones, and the last ten keys
     * again, where a row changed since is updated; {@code --since-key} reads above the key given.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSecondImportReadsTheNewRowsAndTheOverlap(TestDatabase kind) throws Exception {
        try (HdsStandIn hds = HdsStandIn.create(kind); ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            hds.copyFrom(run.dsl());
            run.dsl().deleteFrom(AGENT_STATE_TRACE).execute();
            importFrom(run, hds, "dbo", null);
            for (int key = 226; key <= 228; key++) {
                hds.execute("INSERT INTO dbo.t_Agent_State_Trace (RecoveryKey, DateTime, TimeZone, SkillTargetID,"
                        + " MRDomainID, AgentState, EventName) VALUES (" + key + ", '2026-11-19 12:0" + (key - 220)
                        + ":00', -420, 1003, 1, 2, 'LATE')");
            }
            hds.execute("UPDATE dbo.t_Agent_State_Trace SET AgentState = 3, ReasonCode = 7 WHERE RecoveryKey = 220");

            ImportReport second = importFrom(run, hds, "dbo", null);

            assertThat(rowsRead(second, "Agent_State_Trace")).as("216-225 again, 226-228 new").isEqualTo(13);
            assertThat(run.dsl().fetchCount(AGENT_STATE_TRACE)).isEqualTo(32);
            assertThat(run.lines("SELECT agent_state, reason_code FROM hds.agent_state_trace WHERE recovery_key = 220"))
                    .containsExactly("3 7");
            assertThat(run.lines("SELECT date_time, time_zone FROM hds.agent_state_trace WHERE recovery_key = 228"))
                    .containsExactly("19 19:08:00 -420");
            assertThat(run.lines("SELECT recovery_key FROM recon.import_watermark WHERE table_name = 'Agent_State_Trace'"))
                    .containsExactly("228");

            ImportReport sinceKey = importFrom(run, hds, "dbo", new BigDecimal("226"));

            assertThat(rowsRead(sinceKey, "Agent_State_Trace")).isEqualTo(2);
            assertThat(run.lines("SELECT recovery_key FROM recon.import_watermark WHERE table_name = 'Agent_State_Trace'"))
                    .containsExactly("228");
            assertThat(run.dsl().fetchCount(AGENT_STATE_TRACE)).isEqualTo(32);
        }
    }

    /** A row of the HDS that a file would have rejected is rejected the same way, filed under the table and key. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rejectsBadRowsUnderTheTableAndRecoveryKey(TestDatabase kind) throws Exception {
        try (HdsStandIn hds = HdsStandIn.create(kind); ReconTestRun run = ReconTestRun.start(kind)) {
            hds.execute("INSERT INTO dbo.t_Agent_State_Trace (RecoveryKey, DateTime, TimeZone, SkillTargetID,"
                    + " MRDomainID, AgentState) VALUES (5001, '2026-11-19 12:00:00', 0, 1003, 1, 17),"
                    + " (5002, '2026-11-19 12:01:00', 0, 1003, 1, 3)");

            ImportReport report = importFrom(run, hds, "dbo", null);

            assertThat(report.totalRejected()).isOne();
            assertThat(run.lines("SELECT file, line, reason FROM recon.import_reject"))
                    .containsExactly("Agent_State_Trace 5001 agent_state: 17 is outside 0-14");
            assertThat(run.lines("SELECT raw FROM recon.import_reject")).singleElement().asString()
                    .startsWith("2026-11-19T12:00,1003,0,1,17,");
            assertThat(run.dsl().fetchCount(AGENT_STATE_TRACE)).isOne();
        }
    }

    static ImportReport importFrom(ReconTestRun run, HdsStandIn hds, String schema, BigDecimal sinceKey) {
        return run.bean(HdsImporter.class).importFrom(HdsSource.resolve(hds.url(), schema, Map.of()),
                ImportOptions.defaults(), sinceKey, OVERLAP);
    }

    static Map<String, List<String>> tablesRead(ReconTestRun run) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        READ.forEach(table -> tables.put(table.getName(), TableDump.rows(run.dsl(), table)));
        return tables;
    }

    private static long rowsRead(ImportReport report, String table) {
        return report.files().stream().filter(file -> file.file().equals(table)).findFirst().orElseThrow()
                .rowsRead();
    }

    private String counts(ImportReport.FileResult file) {
        return file.file() + " " + file.rowsRead() + " read, " + file.rowsLoaded() + " loaded";
    }
}
