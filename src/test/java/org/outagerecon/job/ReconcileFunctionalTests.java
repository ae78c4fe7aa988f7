package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.support.ReconTestRun.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.domain.Window;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;
import org.springframework.batch.core.BatchStatus;

/**
 * Import + reconcile of a small hand-made fixture (src/test/resources/fixtures/basic) whose results were worked
 * out by hand from rules.md, on H2 and on PostgreSQL. Two days: agent 1001 logs in on the 18th and works
 * through the night, 1002 logs off on the 18th (the history cut), outages PG, AGENT_PG_CTI, PIM, FINESSE and
 * ROUTER_LINK on the 19th.
 */
class ReconcileFunctionalTests {

    static final Path BASIC = Path.of("src/test/resources/fixtures/basic");
    static final Window DAY_18 = window("2026-11-18T00:00:00Z", "2026-11-19T00:00:00Z");
    static final Window DAY_19 = window("2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z");
    static final Window BOTH_DAYS = window("2026-11-18T00:00:00Z", "2026-11-20T00:00:00Z");

    private static final String SPANS = "SELECT span_start, span_end, agent_state, reason_code, provenance, outage_id,"
            + " rule FROM recon.agent_state_span WHERE skill_target_id = ? AND mr_domain_id = ? ORDER BY span_start";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void failoverLogoutsAndPostFailoverStates(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            assertThat(run.reconcile(DAY_19)).isEqualTo(BatchStatus.COMPLETED);

            // Ready since the night before; the source logout stamped at s is the failover itself.
            assertThat(run.lines(SPANS, 1001, 1)).containsExactly(
                    "19 00:00:00 19 10:00:00 3 null SOURCE null null",
                    "19 10:00:00 19 10:05:00 0 50002 RECONSTRUCTED PG-1 FAILOVER_LOGOUT",
                    "19 10:05:00 19 10:07:00 3 null RECONSTRUCTED PG-1 POST_FAILOVER_READY",
                    "19 10:07:00 19 14:00:00 2 5 SOURCE null null",
                    "19 14:00:00 19 14:03:00 0 50002 RECONSTRUCTED FIN-1 FAILOVER_LOGOUT",
                    "19 14:03:00 19 18:00:00 2 5 RECONSTRUCTED FIN-1 POST_FAILOVER_NOT_READY",
                    "19 18:00:00 20 00:00:00 0 0 SOURCE null null");
            // Work Not Ready after Talking after Not Ready (reason 0, not null) before the call.
            assertThat(run.lines(SPANS, 1002, 1)).containsExactly(
                    "19 00:00:00 19 08:00:00 0 0 SOURCE null null",
                    "19 08:00:00 19 09:50:00 3 null SOURCE null null",
                    "19 09:50:00 19 09:55:00 2 0 SOURCE null null",
                    "19 09:55:00 19 09:58:00 4 null SOURCE null null",
                    "19 09:58:00 19 10:00:00 5 null SOURCE null null",
                    "19 10:00:00 19 10:05:00 0 50002 RECONSTRUCTED PG-1 FAILOVER_LOGOUT",
                    "19 10:05:00 19 10:06:00 2 0 RECONSTRUCTED PG-1 POST_FAILOVER_WRAPUP",
                    "19 10:06:00 19 14:00:00 3 null SOURCE null null",
                    "19 14:00:00 19 14:03:00 0 50002 RECONSTRUCTED FIN-1 FAILOVER_LOGOUT",
                    "19 14:03:00 19 16:00:00 3 null RECONSTRUCTED FIN-1 POST_FAILOVER_READY",
                    "19 16:00:00 20 00:00:00 0 null SOURCE null null");
            // Reserved: Unknown after a PG failover (table 1), Ready after a Finesse failover (table 2).
            assertThat(run.lines(SPANS, 1003, 1)).contains(
                    "19 10:05:00 19 10:20:00 9 null RECONSTRUCTED PG-1 POST_FAILOVER_UNRESOLVED",
                    "19 14:03:00 19 14:10:00 3 null RECONSTRUCTED FIN-1 POST_FAILOVER_RESERVED");
            // Finesse reaches the chat MRD too; PG does not.
            assertThat(run.lines(SPANS, 1004, 2)).containsExactly(
                    "19 09:00:00 19 13:30:00 3 null SOURCE null null",
                    "19 13:30:00 19 14:00:00 11 null SOURCE null null",
                    "19 14:00:00 19 14:03:00 0 50002 RECONSTRUCTED FIN-1 FAILOVER_LOGOUT",
                    "19 14:03:00 19 17:30:00 9 null RECONSTRUCTED FIN-1 POST_FAILOVER_UNRESOLVED",
                    "19 17:30:00 20 00:00:00 0 null SOURCE null null");
            // PIM: data lost, then logged out until the agent shows up again in the source.
            assertThat(run.lines(SPANS, 2001, 1)).containsExactly(
                    "19 08:00:00 19 12:00:00 3 null SOURCE null null",
                    "19 12:00:00 19 12:20:00 0 50002 GAP PIM-1 PIM_DATA_LOST",
                    "19 12:20:00 19 12:30:00 0 50002 RECONSTRUCTED PIM-1 PIM_AWAIT_RESYNC",
                    "19 12:30:00 19 16:30:00 3 null SOURCE null null",
                    "19 16:30:00 20 00:00:00 0 null SOURCE null null");
            // An agent and an MRD no file describes: kept, untouched, no peripheral.
            assertThat(run.lines("SELECT peripheral_id, count(*) FROM recon.agent_state_span WHERE skill_target_id = 3001"
                    + " GROUP BY peripheral_id")).containsExactly("null 2");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void logoutsWithTheirLoginReachingBackAcrossTheWindowStart(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            run.reconcile(DAY_19);
            assertThat(run.lines("SELECT skill_target_id, mr_domain_id, login_date_time, logout_date_time,"
                    + " login_duration_s, reason_code, provenance, outage_id, rule FROM recon.agent_logout"
                    + " ORDER BY skill_target_id, mr_domain_id, logout_date_time")).containsExactly(
                    "1001 1 18 22:00:00 19 10:00:00 43200 50002 RECONSTRUCTED PG-1 FAILOVER_LOGOUT",
                    "1001 1 19 10:05:00 19 14:00:00 14100 50002 RECONSTRUCTED FIN-1 FAILOVER_LOGOUT",
                    "1001 1 19 14:03:00 19 18:00:00 14220 0 SOURCE null null",
                    "1002 1 19 08:00:00 19 10:00:00 7200 50002 RECONSTRUCTED PG-1 FAILOVER_LOGOUT",
                    "1002 1 19 10:05:00 19 14:00:00 14100 50002 RECONSTRUCTED FIN-1 FAILOVER_LOGOUT",
                    "1002 1 19 14:03:00 19 16:00:00 7020 null SOURCE null null",
                    "1003 1 19 09:59:30 19 10:00:00 30 50002 RECONSTRUCTED PG-1 FAILOVER_LOGOUT",
                    "1003 1 19 10:05:00 19 14:00:00 14100 50002 RECONSTRUCTED FIN-1 FAILOVER_LOGOUT",
                    "1003 1 19 14:03:00 19 17:00:00 10620 null SOURCE null null",
                    "1004 2 19 09:00:00 19 14:00:00 18000 50002 RECONSTRUCTED FIN-1 FAILOVER_LOGOUT",
                    "1004 2 19 14:03:00 19 17:30:00 12420 null SOURCE null null",
                    "2001 1 19 08:00:00 19 12:00:00 14400 50002 GAP PIM-1 PIM_DATA_LOST",
                    "2001 1 19 12:30:00 19 16:30:00 14400 null SOURCE null null",
                    "3001 9 19 09:00:00 19 17:00:00 28800 null SOURCE null null");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void gapRowsPerAgentAndPerScope(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            run.reconcile(DAY_19);
            assertThat(run.lines("SELECT outage_id, kind, peripheral_id, mr_domain_id, skill_target_id, gap_start,"
                    + " gap_end FROM recon.reporting_gap ORDER BY outage_id, kind, mr_domain_id, skill_target_id"))
                    .containsExactlyInAnyOrder(
                            "APC-1 DATA_LATE 5000 3 null 19 11:00:00 19 11:30:00",
                            "APC-1 TASKS_UNREPORTED 5000 2 null 19 11:00:00 19 11:30:00",
                            "FIN-1 AGENT_LOGGED_OUT 5000 1 1001 19 14:00:00 19 14:03:00",
                            "FIN-1 AGENT_LOGGED_OUT 5000 1 1002 19 14:00:00 19 14:03:00",
                            "FIN-1 AGENT_LOGGED_OUT 5000 1 1003 19 14:00:00 19 14:03:00",
                            "FIN-1 AGENT_LOGGED_OUT 5000 2 1004 19 14:00:00 19 14:03:00",
                            "PG-1 AGENT_LOGGED_OUT 5000 1 1001 19 10:00:00 19 10:05:00",
                            "PG-1 AGENT_LOGGED_OUT 5000 1 1002 19 10:00:00 19 10:05:00",
                            "PG-1 AGENT_LOGGED_OUT 5000 1 1003 19 10:00:00 19 10:05:00",
                            "PIM-1 DATA_LOST 5001 1 2001 19 12:00:00 19 12:20:00",
                            "PIM-1 DATA_LOST 5001 null null 19 12:00:00 19 12:20:00",
                            "RL-1 DATA_LATE 5001 null null 19 17:00:00 19 17:15:00");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void openTasksOutlivingTheirTaskLifeEndWithDisposition42(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            run.reconcile(DAY_19);
            assertThat(run.lines("SELECT recovery_key, task_end, call_disposition, source_call_disposition, provenance,"
                    + " outage_id, rule FROM recon.task ORDER BY recovery_key")).containsExactly(
                    "301 19 11:20:00 42 38 RECONSTRUCTED APC-1 TASK_LIFE_EXPIRED",
                    "302 19 11:10:00 38 38 SOURCE null null",
                    "303 19 11:20:00 42 38 RECONSTRUCTED APC-1 TASK_LIFE_EXPIRED",
                    "304 19 11:20:00 42 38 RECONSTRUCTED APC-1 TASK_LIFE_EXPIRED",
                    "305 19 11:40:00 13 13 SOURCE null null",
                    "306 19 11:40:00 38 38 SOURCE null null",
                    "307 19 11:25:00 38 38 SOURCE null null",
                    "308 19 11:40:00 38 38 SOURCE null null");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void intervalsRebuiltFromTheSpans(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            run.reconcile(DAY_19);
            String columns = "SELECT interval_start, logged_on_s, available_s, not_ready_s, gap_s, outage_logged_off_s,"
                    + " incomplete FROM recon.agent_interval WHERE skill_target_id = ? AND mr_domain_id = 1"
                    + " AND interval_start = CAST(? AS TIMESTAMP WITH TIME ZONE)";
            assertThat(run.lines(columns, 1001, "2026-11-19T10:00:00Z"))
                    .containsExactly("19 10:00:00 1500 120 1380 0 300 true");
            assertThat(run.lines(columns, 2001, "2026-11-19T12:00:00Z"))
                    .containsExactly("19 12:00:00 0 0 0 1200 600 true");
            assertThat(run.lines("SELECT count(*) FROM recon.agent_interval WHERE skill_target_id = 1001"
                    + " AND mr_domain_id = 1")).containsExactly("36");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoWindowsGiveTheRowsOfOneWindowSplitAtTheBoundary(TestDatabase kind) throws Exception {
        Map<String, List<String>> oneWindow;
        Map<String, List<String>> twoWindows;
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            run.reconcile(BOTH_DAYS);
            oneWindow = run.reconciledTables();
        }
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            run.reconcile(DAY_19);
            run.reconcile(DAY_18);
            twoWindows = run.reconciledTables();
        }
        assertThat(twoWindows.get("agent_state_span")).isEqualTo(splitAt(oneWindow.get("agent_state_span"), 3, 4));
        assertThat(twoWindows.get("reporting_gap")).isEqualTo(splitAt(oneWindow.get("reporting_gap"), 6, 7));
        assertThat(twoWindows.get("agent_logout")).isEqualTo(oneWindow.get("agent_logout"));
        assertThat(twoWindows.get("task")).isEqualTo(oneWindow.get("task"));
        assertThat(twoWindows.get("agent_interval")).isEqualTo(oneWindow.get("agent_interval"));
        assertThat(twoWindows.get("agent_state_span")).hasSizeGreaterThan(40);
    }

    /**
     * The nightly run with its lookback overlaps the night before: each window replaces what it covers, and rows
     * an earlier window wrote across its bounds are split there, so overlapping runs leave the tables of the
     * disjoint pieces.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void overlappingWindowsLeaveTheTablesOfTheirDisjointPieces(TestDatabase kind) throws Exception {
        Window lookbackNight = window("2026-11-19T00:00:00Z", "2026-11-21T00:00:00Z");
        Window nextDays = window("2026-11-19T00:00:00Z", "2026-11-21T00:00:00Z");
        assertThat(tablesAfter(kind, BOTH_DAYS, lookbackNight)).isEqualTo(tablesAfter(kind, DAY_18, nextDays));
        assertThat(tablesAfter(kind, BOTH_DAYS, DAY_19)).isEqualTo(tablesAfter(kind, DAY_18, DAY_19));
        assertThat(tablesAfter(kind, BOTH_DAYS, DAY_18)).isEqualTo(tablesAfter(kind, DAY_18, DAY_19));
        assertThat(tablesAfter(kind, DAY_19, BOTH_DAYS)).isEqualTo(tablesAfter(kind, BOTH_DAYS));
        Window midday = window("2026-11-19T06:00:00Z", "2026-11-19T12:00:00Z");
        assertThat(tablesAfter(kind, BOTH_DAYS, midday)).isEqualTo(tablesAfter(kind,
                window("2026-11-18T00:00:00Z", "2026-11-19T06:00:00Z"), midday,
                window("2026-11-19T12:00:00Z", "2026-11-20T00:00:00Z")));
    }

    /** A re-imported task may start in another window than before; its old row must not block the new one. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTaskWhoseStartMovesToTheNextDayIsReconciledThere(TestDatabase kind, @TempDir Path temp) throws Exception {
        String header = "recovery_key,start_date_time,date_time,peripheral_id,mr_domain_id,call_disposition\n";
        Path before = Files.createDirectory(temp.resolve("before"));
        Path after = Files.createDirectory(temp.resolve("after"));
        Files.writeString(before.resolve("termination_call_detail.csv"),
                header + "900,2026-11-18T23:50:00Z,2026-11-19T00:20:00Z,5000,2,13\n");
        Files.writeString(after.resolve("termination_call_detail.csv"),
                header + "900,2026-11-19T00:10:00Z,2026-11-19T00:20:00Z,5000,2,13\n");
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(before);
            assertThat(run.reconcile(DAY_18)).isEqualTo(BatchStatus.COMPLETED);
            run.importDirectory(after);
            assertThat(run.reconcile(DAY_19)).isEqualTo(BatchStatus.COMPLETED);
            assertThat(run.lines("SELECT recovery_key, task_start FROM recon.task")).containsExactly("900 19 00:10:00");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void runningAWindowTwiceGivesTheSameTables(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            run.reconcile(DAY_19);
            Map<String, List<String>> first = run.reconciledTables();
            assertThat(run.reconcile(DAY_19)).isEqualTo(BatchStatus.COMPLETED);
            assertThat(run.reconciledTables()).isEqualTo(first);
            assertThat(run.lines("SELECT status, trigger, span_rows, task_rows FROM recon.run ORDER BY run_id"))
                    .hasSize(2).allMatch(line -> line.startsWith("COMPLETED WINDOW ") && line.endsWith(" 8"));
        }
    }

    @Test
    void h2AndPostgresGiveIdenticalTables() throws Exception {
        Map<TestDatabase, Map<String, List<String>>> tables = new EnumMap<>(TestDatabase.class);
        for (TestDatabase kind : TestDatabase.values()) {
            try (ReconTestRun run = ReconTestRun.start(kind)) {
                run.importDirectory(BASIC);
                run.reconcile(BOTH_DAYS);
                tables.put(kind, run.reconciledTables());
            }
        }
        assertThat(tables.get(TestDatabase.POSTGRES)).isEqualTo(tables.get(TestDatabase.H2));
    }

    private static Map<String, List<String>> tablesAfter(TestDatabase kind, Window... windows) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            for (Window window : windows) {
                assertThat(run.reconcile(window)).isEqualTo(BatchStatus.COMPLETED);
            }
            return run.reconciledTables();
        }
    }

    /**
     * The lines of a one-window table with every row that crosses the window boundary of {@link #DAY_19}
     * split there, as two windows write them. Columns {@code startColumn} and {@code endColumn} hold the row's
     * bounds (0-based, in {@link org.outagerecon.support.TableDump} form).
     */
    static List<String> splitAt(List<String> lines, int startColumn, int endColumn) {
        Instant boundary = Instant.ofEpochMilli(DAY_19.from());
        List<String> split = new ArrayList<>();
        for (String line : lines) {
            String[] values = line.split("\\|", -1);
            if (Instant.parse(values[startColumn]).isBefore(boundary)
                    && Instant.parse(values[endColumn]).isAfter(boundary)) {
                String[] head = values.clone();
                head[endColumn] = boundary.toString();
                values[startColumn] = boundary.toString();
                split.add(String.join("|", head));
            }
            split.add(String.join("|", values));
        }
        return split.stream().sorted().toList();
    }
}
