package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.rules.detect.DetectSettings;
import org.outagerecon.rules.detect.Drop;
import org.outagerecon.rules.detect.MassDrops;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;

/**
 * What detection reads of the source rows (rules.md §8.1), on H2 and PostgreSQL, one agent per way a row can make
 * an agent back or logged on: L at t1 and each agent's back instant, and drops whose previous row lies before the
 * rows read.
 */
class SourceDropsFunctionalTests {

    private static final long T1 = at("10:00:00");

    @TempDir
    Path files;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loggedOnAgentsAndBackInstants(TestDatabase kind) throws Exception {
        writeFixture();
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(files);
            Map<Integer, Long> firstDrops = Map.of(1, T1, 2, at("10:00:03"), 3, at("10:00:01"), 4, at("10:00:01"),
                    5, at("10:00:04"), 6, at("10:00:02"), 7, at("10:00:01"), 8, at("10:00:01"));

            MassDrops.Seen seen = run.bean(SourceDrops.class).evidence(DetectSettings.DEFAULTS)
                    .of(5000, T1, firstDrops);

            assertThat(seen.loggedOnAgents()).as("1-8, 9, 20, 21 (no drop in the chain), 13 (on its second MRD)")
                    .isEqualTo(12);
            assertThat(new TreeMap<>(seen.backInstants())).isEqualTo(new TreeMap<>(Map.of(
                    1, at("10:05:00"),
                    2, at("10:04:00"),
                    3, at("10:00:30"),
                    4, at("10:02:00"),
                    6, at("10:03:00"),
                    7, at("10:00:40"),
                    8, at("10:02:00"))));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDropsPreviousRowMayLieBeforeTheRowsRead(TestDatabase kind) throws Exception {
        writeFixture();
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(files);
            ReferenceData reference = run.bean(ReferenceDataRepository.class).load();

            var drops = run.bean(SourceDrops.class).drops(at("09:59:58"), at("10:00:20"), DetectSettings.DEFAULTS,
                    reference).stream().filter(drop -> drop.skillTargetId() >= 20).toList();

            assertThat(drops).as("20: after a drop, no drop; 21: after a drop and a no drop, a drop")
                    .extracting(Drop::skillTargetId, Drop::at).containsExactly(tuple(21, at("10:00:10")));
        }
    }

    /**
     * Chain agents 1-8 on peripheral 5000 (d(a) as in the test), all logged on since 09:00. 1: back plainly. 2:
     * active between t1 and its drop, back at a re-login Not Ready 50002 (no drop: after a logout). 3: a Not
     * Ready 50002 right after its Not Ready 255 drop (no drop: after a drop). 4: back on an MRD that never
     * dropped. 5: never back. 6: a Not Ready 255 after its logout. 7: a second Not Ready 255. 8: Not Ready 50002,
     * logout 50002 (no drop), Not Ready 50002. Others: 9 logged on without dropping, 10 logged off at t1, 11
     * logged on at t1 exactly, 12 on another peripheral, 13 logged off on MRD 1 and on on MRD 2. 20 and 21 have a
     * drop before the rows {@link #aDropsPreviousRowMayLieBeforeTheRowsRead} reads.
     */
    private void writeFixture() throws Exception {
        Files.writeString(files.resolve("media_routing_domain.csv"), """
                mr_domain_id,enterprise_name,media_class,task_life_s
                1,Voice,VOICE,
                2,Chat,CHAT,1200
                """);
        Files.writeString(files.resolve("agent.csv"), """
                skill_target_id,peripheral_id
                1,5000
                2,5000
                3,5000
                4,5000
                5,5000
                6,5000
                7,5000
                8,5000
                9,5000
                10,5000
                11,5000
                12,5001
                13,5000
                20,5000
                21,5000
                """);
        StringBuilder rows = new StringBuilder("recovery_key,date_time,skill_target_id,mr_domain_id,agent_state,"
                + "reason_code\n");
        int[] key = {0};
        java.util.function.BiConsumer<String, String> row = (time, rest) ->
                rows.append(++key[0]).append(",2026-11-19T").append(time).append("Z,").append(rest).append('\n');
        for (int agent = 1; agent <= 9; agent++) {
            row.accept("09:00:00.000", agent + ",1,3,");
        }
        row.accept("10:00:00.000", "1,1,0,-1");
        row.accept("10:05:00.000", "1,1,3,");
        row.accept("10:00:02.000", "2,1,4,");
        row.accept("10:00:03.000", "2,1,0,-1");
        row.accept("10:04:00.000", "2,1,2,50002");
        row.accept("10:06:00.000", "2,1,3,");
        row.accept("10:00:01.000", "3,1,2,255");
        row.accept("10:00:30.000", "3,1,2,50002");
        row.accept("10:01:00.000", "3,1,3,");
        row.accept("09:00:00.000", "4,2,2,5");
        row.accept("10:00:01.000", "4,1,0,-1");
        row.accept("10:02:00.000", "4,2,3,");
        row.accept("10:00:04.000", "5,1,0,-1");
        row.accept("10:00:02.000", "6,1,0,-1");
        row.accept("10:03:00.000", "6,1,2,255");
        row.accept("10:04:00.000", "6,1,3,");
        row.accept("10:00:01.000", "7,1,2,255");
        row.accept("10:00:40.000", "7,1,2,255");
        row.accept("10:00:01.000", "8,1,2,50002");
        row.accept("10:00:02.000", "8,1,0,50002");
        row.accept("10:02:00.000", "8,1,2,50002");
        row.accept("10:03:00.000", "8,1,3,");
        row.accept("09:00:00.000", "10,1,3,");
        row.accept("09:30:00.000", "10,1,0,10");
        row.accept("10:00:00.000", "11,1,2,0");
        row.accept("09:00:00.000", "12,1,3,");
        row.accept("09:00:00.000", "13,1,3,");
        row.accept("09:30:00.000", "13,1,0,10");
        row.accept("09:00:00.000", "13,2,3,");
        for (int agent = 20; agent <= 21; agent++) {
            row.accept("08:00:00.000", agent + ",1,3,");
            row.accept("09:59:50.000", agent + ",1,2,255");
        }
        row.accept("10:00:10.000", "20,1,2,255");
        row.accept("09:59:55.000", "21,1,2,255");
        row.accept("10:00:10.000", "21,1,2,255");
        Files.writeString(files.resolve("agent_state_trace.csv"), rows);
    }

    private static long at(String time) {
        return Instant.parse("2026-11-19T" + time + "Z").toEpochMilli();
    }
}
