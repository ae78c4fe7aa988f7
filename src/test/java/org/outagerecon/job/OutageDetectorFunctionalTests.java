package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.domain.Window;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;

/**
 * rules.md §8.3, window independence where the reading is stretched, on H2 and PostgreSQL: a chain that goes on
 * for longer than the hour read past its window's end, and a 42 burst that starts in one window (its first end
 * less the task life) with all its ends later than that hour.
 */
class OutageDetectorFunctionalTests {

    private static final Instant T1 = Instant.parse("2026-11-19T09:59:00Z");
    private static final Window DAY = ReconTestRun.window("2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z");
    private static final Window MORNING = ReconTestRun.window("2026-11-19T00:00:00Z", "2026-11-19T10:00:00Z");
    private static final Window REST = ReconTestRun.window("2026-11-19T10:00:00Z", "2026-11-20T00:00:00Z");
    private static final String SUSPECTED = "SELECT outage_id, started_at, ended_at, note FROM recon.outage"
            + " ORDER BY outage_id";

    @TempDir
    Path files;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLongChainAndALateBurstBelongWholeToTheWindowOfTheirStart(TestDatabase kind) throws Exception {
        writeFixture();
        List<String> wholeDay;
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(files);
            run.reconcile(DAY);
            wholeDay = run.lines(SUSPECTED);
        }
        assertThat(wholeDay).hasSize(2);
        assertThat(wholeDay.get(0)).startsWith("SUSPECTED-AGENT_PG_CTI-5000-20261119T093000.000Z 19 09:30:00 null"
                + " 3 tasks of peripheral 5000 ended with disposition 42");
        assertThat(wholeDay.get(1)).startsWith("SUSPECTED-PG-5000-20261119T095900.000Z 19 09:59:00 19 10:00:50"
                + " 6 agents of peripheral 5000 dropped (100% of the 6 agents logged on at 2026-11-19T09:59:00Z),"
                + " 101 drops within 5000 s");

        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(files);
            run.reconcile(REST);
            assertThat(run.lines(SUSPECTED)).as("both started before the window").isEmpty();
            run.reconcile(MORNING);

            assertThat(run.lines(SUSPECTED)).isEqualTo(wholeDay);
        }
    }

    /**
     * Six agents of peripheral 5000, Ready since 08:00, log out with -1 in turn every 50 s from 09:59 to 11:22:20
     * and back in 10 s after: one chain of 101 drops, on after the window end plus an hour. Three chat tasks end
     * with 42 at 11:30 (task life 7200 s: the burst starts at 09:30), after the window end plus an hour too.
     */
    private void writeFixture() throws Exception {
        Files.writeString(files.resolve("media_routing_domain.csv"), """
                mr_domain_id,enterprise_name,media_class,task_life_s
                1,Voice,VOICE,
                2,Chat,CHAT,7200
                """);
        StringBuilder agents = new StringBuilder("skill_target_id,peripheral_id\n");
        StringBuilder rows = new StringBuilder("recovery_key,date_time,skill_target_id,mr_domain_id,agent_state,"
                + "reason_code\n");
        int key = 0;
        for (int agent = 1; agent <= 6; agent++) {
            agents.append(agent).append(",5000\n");
            rows.append(++key).append(",2026-11-19T08:00:00Z,").append(agent).append(",1,3,\n");
        }
        for (int drop = 0; drop <= 100; drop++) {
            Instant at = T1.plus(Duration.ofSeconds(50L * drop));
            int agent = drop % 6 + 1;
            rows.append(++key).append(',').append(at).append(',').append(agent).append(",1,0,-1\n");
            rows.append(++key).append(',').append(at.plusSeconds(10)).append(',').append(agent).append(",1,3,\n");
        }
        Files.writeString(files.resolve("agent.csv"), agents);
        Files.writeString(files.resolve("agent_state_trace.csv"), rows);
        Files.writeString(files.resolve("termination_call_detail.csv"), """
                recovery_key,start_date_time,date_time,call_guid,peripheral_id,mr_domain_id,agent_skill_target_id,call_disposition
                1,2026-11-19T09:40:00Z,2026-11-19T11:30:00Z,g-1,5000,2,1,42
                2,2026-11-19T09:41:00Z,2026-11-19T11:30:20Z,g-2,5000,2,2,42
                3,2026-11-19T09:42:00Z,2026-11-19T11:30:40Z,g-3,5000,2,3,42
                """);
    }
}
