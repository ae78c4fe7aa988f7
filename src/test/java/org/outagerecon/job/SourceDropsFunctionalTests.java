package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.rules.detect.DetectSettings;
import org.outagerecon.rules.detect.Drop;
import org.outagerecon.rules.detect.DropRule;
import org.outagerecon.rules.detect.MassDrops;
import org.outagerecon.rules.timeline.StateRow;
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
     * Random histories (same-instant rows out of key order, runs of Not Readys that may drop, rows without a
     * reason, MRDs no file describes, agents without an agent row) against the rule applied to each agent-MRD's whole history in Java:
     * every drop in a range, and L and the back instants for random chains, starts and d(a).
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void agreesWithTheRuleOverWholeHistories(TestDatabase kind) throws Exception {
        Random random = new Random(20261206);
        Map<Integer, Integer> peripheralOf = new HashMap<>();
        for (int agent = 1; agent <= 38; agent++) {
            peripheralOf.put(agent, 5000 + agent % 2);
        }
        Map<List<Integer>, List<StateRow>> histories = writeRandomHistories(random, peripheralOf);
        DetectSettings settings = DetectSettings.DEFAULTS;
        Map<List<Integer>, boolean[]> dropsOf = new HashMap<>();
        histories.forEach((agentMrd, rows) -> dropsOf.put(agentMrd, DropRule.drops(settings, rows)));
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(files);
            SourceDrops sourceDrops = run.bean(SourceDrops.class);
            long from = at("09:00:00");
            long to = at("11:00:00");
            List<String> expectedDrops = new ArrayList<>();
            histories.forEach((agentMrd, rows) -> {
                for (int i = 0; i < rows.size(); i++) {
                    if (dropsOf.get(agentMrd)[i] && peripheralOf.containsKey(agentMrd.get(0))
                            && rows.get(i).at() >= from && rows.get(i).at() < to) {
                        expectedDrops.add(agentMrd + "@" + rows.get(i).at());
                    }
                }
            });
            assertThat(sourceDrops.drops(from, to, settings, run.bean(ReferenceDataRepository.class).load()).stream()
                    .map(drop -> List.of(drop.skillTargetId(), drop.mrDomainId()) + "@" + drop.at()))
                    .containsExactlyInAnyOrderElementsOf(expectedDrops).isNotEmpty();

            MassDrops.Evidence evidence = sourceDrops.evidence(settings);
            for (int query = 0; query < 30; query++) {
                int peripheral = 5000 + query % 2;
                long t1 = from + random.nextInt(240) * 30_000L;
                Map<Integer, Long> firstDrops = new TreeMap<>();
                peripheralOf.forEach((agent, itsPeripheral) -> {
                    if (itsPeripheral == peripheral && random.nextInt(3) > 0) {
                        firstDrops.put(agent, t1 + random.nextInt(4) * 30_000L);
                    }
                });
                firstDrops.put(peripheral - 4998, t1);

                MassDrops.Seen seen = evidence.of(peripheral, t1, firstDrops);

                assertThat(seen.loggedOnAgents()).as("L, query %d", query)
                        .isEqualTo(loggedOnAgents(histories, peripheralOf, peripheral, t1));
                assertThat(new TreeMap<>(seen.backInstants())).as("back instants, query %d", query)
                        .isEqualTo(backInstants(histories, dropsOf, firstDrops));
            }
        }
    }

    /** §8.1: the peripheral's agents with an MRD whose last row before t1 is not logged off. */
    private static int loggedOnAgents(Map<List<Integer>, List<StateRow>> histories, Map<Integer, Integer> peripheralOf,
                                      int peripheral, long t1) {
        Set<Integer> loggedOn = new HashSet<>();
        histories.forEach((agentMrd, rows) -> {
            StateRow last = null;
            for (StateRow row : rows) {
                if (row.at() < t1) {
                    last = row;
                }
            }
            if (last != null && last.state() != 0 && peripheralOf.get(agentMrd.get(0)) != null
                    && peripheralOf.get(agentMrd.get(0)) == peripheral) {
                loggedOn.add(agentMrd.get(0));
            }
        });
        return loggedOn.size();
    }

    /** §8.1: each agent's first row of any MRD after d(a) that is not logged off and no drop. */
    private static Map<Integer, Long> backInstants(Map<List<Integer>, List<StateRow>> histories,
                                                   Map<List<Integer>, boolean[]> dropsOf,
                                                   Map<Integer, Long> firstDrops) {
        Map<Integer, Long> backs = new TreeMap<>();
        histories.forEach((agentMrd, rows) -> {
            Long firstDrop = firstDrops.get(agentMrd.get(0));
            for (int i = 0; firstDrop != null && i < rows.size(); i++) {
                StateRow row = rows.get(i);
                if (row.at() > firstDrop && row.state() != 0 && !dropsOf.get(agentMrd)[i]) {
                    backs.merge(agentMrd.get(0), row.at(), Math::min);
                    break;
                }
            }
        });
        return backs;
    }

    /**
     * Agents 1-38 (with agent rows) and 39-40 (without), on MRDs 1, 2 and 7 (no file describes 7): 3 to 30 rows
     * each between 08:00 and 12:00, on whole half minutes so that instants repeat, keys shuffled. Returns each
     * agent-MRD's rows in (date_time, recovery_key) order.
     */
    private Map<List<Integer>, List<StateRow>> writeRandomHistories(Random random, Map<Integer, Integer> peripheralOf)
            throws Exception {
        Integer[][] kinds = {{0, -1}, {0, 50002}, {0, 255}, {0, 10}, {0, null}, {2, 255}, {2, 50002}, {2, -2},
                {2, 0}, {2, 5}, {2, null}, {3, null}, {3, null}, {4, null}, {5, null}};
        record Row(long at, int key, int agent, int mrd, int state, Integer reason) {
        }
        List<Row> rows = new ArrayList<>();
        List<Integer> keys = new ArrayList<>();
        for (int key = 1; key <= 40 * 3 * 30; key++) {
            keys.add(key);
        }
        Collections.shuffle(keys, random);
        int next = 0;
        for (int agent = 1; agent <= 40; agent++) {
            for (int mrd : new int[] {1, 2, 7}) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                for (int n = 3 + random.nextInt(28); n > 0; n--) {
                    Integer[] kind = kinds[random.nextInt(kinds.length)];
                    rows.add(new Row(at("08:00:00") + random.nextInt(480) * 30_000L, keys.get(next++), agent, mrd,
                            kind[0], kind[1]));
                }
            }
        }
        rows.sort(java.util.Comparator.comparingInt(Row::key));
        StringBuilder csv = new StringBuilder("recovery_key,date_time,skill_target_id,mr_domain_id,agent_state,"
                + "reason_code\n");
        for (Row row : rows) {
            csv.append(row.key()).append(',').append(Instant.ofEpochMilli(row.at())).append(',').append(row.agent())
                    .append(',').append(row.mrd()).append(',').append(row.state()).append(',')
                    .append(row.reason() == null ? "" : row.reason()).append('\n');
        }
        Files.writeString(files.resolve("agent_state_trace.csv"), csv);
        Files.writeString(files.resolve("media_routing_domain.csv"), """
                mr_domain_id,enterprise_name,media_class,task_life_s
                1,Voice,VOICE,
                2,Chat,CHAT,1200
                """);
        StringBuilder agents = new StringBuilder("skill_target_id,peripheral_id\n");
        peripheralOf.forEach((agent, peripheral) -> agents.append(agent).append(',').append(peripheral).append('\n'));
        Files.writeString(files.resolve("agent.csv"), agents);

        Map<List<Integer>, List<StateRow>> histories = new HashMap<>();
        rows.stream().sorted(java.util.Comparator.comparingLong(Row::at).thenComparingInt(Row::key))
                .forEach(row -> histories.computeIfAbsent(List.of(row.agent(), row.mrd()), agentMrd -> new ArrayList<>())
                        .add(new StateRow(row.at(), row.state(), row.reason())));
        return histories;
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
