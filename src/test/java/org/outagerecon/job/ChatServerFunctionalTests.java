package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.support.ReconTestRun.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.domain.Window;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;
import org.springframework.batch.core.BatchStatus;

/**
 * rules.md §5.1 through the real job on H2 and PostgreSQL: a chat server stops at 23:40 on the 19th; its lost
 * sessions started on the 19th, one re-route starts on the 20th, so the 20th's window must find the sessions
 * the 19th lost. Also §3: an MR_PG outage that names a peripheral writes it on its gap row.
 */
class ChatServerFunctionalTests {

    static final Window DAY_19 = window("2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z");
    static final Window DAY_20 = window("2026-11-20T00:00:00Z", "2026-11-21T00:00:00Z");
    static final Window BOTH_DAYS = window("2026-11-19T00:00:00Z", "2026-11-21T00:00:00Z");

    private static final String TASKS = "SELECT recovery_key, task_start, task_end, call_disposition,"
            + " source_call_disposition, provenance, outage_id, rule FROM recon.task ORDER BY recovery_key";
    private static final String GAPS = "SELECT outage_id, component, kind, peripheral_id, mr_domain_id, skill_target_id,"
            + " gap_start, gap_end FROM recon.reporting_gap ORDER BY outage_id, gap_start";

    @TempDir
    Path files;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void lostSessionsEndAtSAndTheirReroutesAreFlaggedInEveryWindow(TestDatabase kind) throws Exception {
        writeFixture();
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(files);
            assertThat(run.reconcile(DAY_19)).isEqualTo(BatchStatus.COMPLETED);
            assertThat(run.reconcile(DAY_20)).isEqualTo(BatchStatus.COMPLETED);

            assertThat(run.lines(TASKS)).containsExactly(
                    "401 19 23:30:00 19 23:40:00 38 38 RECONSTRUCTED CHAT-1 CHAT_SESSION_LOST",
                    "402 19 23:35:00 19 23:40:00 38 38 RECONSTRUCTED CHAT-1 CHAT_SESSION_LOST",
                    "403 19 23:42:00 19 23:47:00 38 38 RECONSTRUCTED CHAT-1 ORPHANED_REROUTE",
                    "404 20 00:10:00 20 00:15:00 38 38 RECONSTRUCTED CHAT-1 ORPHANED_REROUTE",
                    "405 20 00:45:00 20 00:50:00 38 38 SOURCE null null",
                    "406 19 23:50:00 19 23:55:00 38 38 SOURCE null null",
                    "407 19 23:30:00 19 23:55:00 38 38 SOURCE null null",
                    "408 19 23:20:00 19 23:39:00 38 38 SOURCE null null",
                    "409 19 23:45:00 19 23:49:00 38 38 SOURCE null null");
            assertThat(run.lines(GAPS)).containsExactly(
                    "CHAT-1 CHAT_SERVER ORPHANED_TASKS 5000 2 null 19 23:40:00 20 00:00:00",
                    "CHAT-1 CHAT_SERVER ORPHANED_TASKS 5000 2 null 20 00:00:00 20 00:40:00",
                    "MRPG-1 MR_PG TASKS_UNREPORTED 5000 3 null 19 10:00:00 19 10:10:00");
            // Agents' timelines are not changed: the chat agent's spans are its source rows.
            assertThat(run.lines("SELECT DISTINCT provenance FROM recon.agent_state_span")).containsExactly("SOURCE");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneWindowOverBothDaysGivesTheSameRowsAsTheTwoDays(TestDatabase kind) throws Exception {
        writeFixture();
        try (ReconTestRun byDay = ReconTestRun.start(kind); ReconTestRun whole = ReconTestRun.start(kind)) {
            byDay.importDirectory(files);
            byDay.reconcile(DAY_19);
            byDay.reconcile(DAY_20);
            whole.importDirectory(files);
            whole.reconcile(BOTH_DAYS);
            assertThat(whole.lines(TASKS)).isEqualTo(byDay.lines(TASKS));
            // The same gap, not split at midnight.
            assertThat(whole.lines(GAPS)).containsExactly(
                    "CHAT-1 CHAT_SERVER ORPHANED_TASKS 5000 2 null 19 23:40:00 20 00:40:00",
                    "MRPG-1 MR_PG TASKS_UNREPORTED 5000 3 null 19 10:00:00 19 10:10:00");
        }
    }

    /** §7: from the earliest lost session's start to s + orphan-minutes, in whole days. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOutageRerunCoversTheLostSessionsAndTheReroutes(TestDatabase kind) throws Exception {
        writeFixture();
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(files);
            Window rerun = run.bean(OutageRerun.class).window("CHAT-1", ZoneOffset.UTC,
                    Instant.parse("2026-12-01T00:00:00Z"));
            assertThat(rerun).isEqualTo(BOTH_DAYS);
        }
    }

    private void writeFixture() throws Exception {
        Files.writeString(files.resolve("media_routing_domain.csv"), """
                mr_domain_id,enterprise_name,media_class,task_life_s
                1,Voice,VOICE,
                2,Chat,CHAT,1200
                3,Email,EMAIL,
                """);
        Files.writeString(files.resolve("agent.csv"), """
                skill_target_id,peripheral_id
                1004,5000
                1005,5001
                """);
        Files.writeString(files.resolve("agent_state_trace.csv"), """
                recovery_key,date_time,skill_target_id,mr_domain_id,agent_state,reason_code
                1,2026-11-19T23:00:00Z,1004,2,3,
                2,2026-11-20T01:00:00Z,1004,2,0,10
                """);
        Files.writeString(files.resolve("outage.csv"), """
                outage_id,component,side,peripheral_id,mr_domain_id,started_at,ended_at,note
                CHAT-1,CHAT_SERVER,,5000,2,2026-11-19T23:40:00Z,2026-11-19T23:50:00Z,chat server stopped
                MRPG-1,MR_PG,,5000,3,2026-11-19T10:00:00Z,2026-11-19T10:10:00Z,email application cut off from the MR PG
                """);
        // 401/402 open at s (lost); 403/404 their re-routes (404 on the next day, on another peripheral);
        // 405 after the hour; 406 no call_guid; 407 another MRD; 408 ended before s, so 409 is no orphan.
        Files.writeString(files.resolve("termination_call_detail.csv"), """
                recovery_key,start_date_time,date_time,call_guid,peripheral_id,mr_domain_id,agent_skill_target_id,call_disposition
                401,2026-11-19T23:30:00Z,2026-11-19T23:45:00Z,g-1,5000,2,1004,38
                402,2026-11-19T23:35:00Z,,g-2,5000,2,1004,38
                403,2026-11-19T23:42:00Z,2026-11-19T23:47:00Z,g-1,5000,2,1004,38
                404,2026-11-20T00:10:00Z,2026-11-20T00:15:00Z,g-2,5001,2,1005,38
                405,2026-11-20T00:45:00Z,2026-11-20T00:50:00Z,g-1,5000,2,1004,38
                406,2026-11-19T23:50:00Z,2026-11-19T23:55:00Z,,5000,2,1004,38
                407,2026-11-19T23:30:00Z,2026-11-19T23:55:00Z,g-1,5000,3,1004,38
                408,2026-11-19T23:20:00Z,2026-11-19T23:39:00Z,g-3,5000,2,1004,38
                409,2026-11-19T23:45:00Z,2026-11-19T23:49:00Z,g-3,5000,2,1004,38
                """);
    }
}
