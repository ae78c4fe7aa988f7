package org.outagerecon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.outagerecon.generate.GeneratedDataset.OutageRow;
import org.outagerecon.generate.GeneratedDataset.State;
import org.outagerecon.generate.GeneratedDataset.Task;

/**
 * The smallest datasets (the twelve scenario agents alone) exercise every rule: the states at each outage start
 * that rules.md §4.1 tables 1 and 2 distinguish, the PIM, and every case of the task life rule (§5).
 */
class DatasetCoverageTest {
    private static final Set<Integer> CALL_STATES = Set.of(4, 5, 6, 7, 8, 10, 11, 12, 13);
    private static final int VOICE = 1;
    private static final int CHAT = 2;

    @TempDir
    static Path dir;
    static List<GeneratedDataset> datasets;

    @BeforeAll
    static void generate() {
        datasets = Stream.of(1L, 2L, 3L, 4L)
                .map(seed -> GeneratedDataset.generate(dir.resolve("seed" + seed), 12, seed == 4 ? 2 : 1, seed))
                .toList();
    }

    static Stream<GeneratedDataset> smallDatasets() {
        return datasets.stream();
    }

    @ParameterizedTest
    @MethodSource("smallDatasets")
    void atEachFailoverStartVoiceAgentsAreInEveryStateTheTablesDistinguish(GeneratedDataset dataset) {
        for (OutageRow outage : failovers(dataset)) {
            List<List<State>> voice = timelines(dataset, outage, VOICE);
            Set<Integer> states = voice.stream().map(timeline -> stateAt(timeline, outage.start()))
                    .flatMap(Optional::stream).map(State::state).collect(Collectors.toSet());
            assertThat(states).as(outage.id()).contains(0, 3, 8, 4, 10);
            assertThat(voice).as(outage.id() + ": Not Ready with a reason")
                    .anyMatch(timeline -> stateAt(timeline, outage.start())
                            .filter(x -> x.state() == 2 && x.reasonCode() != null && x.reasonCode() != 0)
                            .isPresent());
            assertThat(voice).as(outage.id() + ": Work Ready after Ready")
                    .anyMatch(timeline -> wrapUpAfter(timeline, outage.start(), 6, 3));
            assertThat(voice).as(outage.id() + ": Work Not Ready after Not Ready")
                    .anyMatch(timeline -> wrapUpAfter(timeline, outage.start(), 5, 2));
        }
    }

    @ParameterizedTest
    @MethodSource("smallDatasets")
    void atTheFinesseFailoverAChatIsReserved(GeneratedDataset dataset) {
        for (OutageRow outage : dataset.outages("FINESSE")) {
            assertThat(timelines(dataset, outage, CHAT)).as(outage.id())
                    .anyMatch(timeline -> stateAt(timeline, outage.start()).filter(x -> x.state() == 8).isPresent());
        }
    }

    @ParameterizedTest
    @MethodSource("smallDatasets")
    void whenThePimFailsVoiceAgentsAreInSeveralStates(GeneratedDataset dataset) {
        for (OutageRow outage : dataset.outages("PIM")) {
            Set<Integer> states = timelines(dataset, outage, VOICE).stream()
                    .map(timeline -> stateAt(timeline, outage.start())).flatMap(Optional::stream)
                    .map(State::state).filter(state -> state != 0).collect(Collectors.toSet());
            assertThat(states).as(outage.id()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("smallDatasets")
    void someAgentIsLoggedOutExactlyAtEachOutageStart(GeneratedDataset dataset) {
        Stream.concat(failovers(dataset).stream(), dataset.outages("PIM").stream()).forEach(outage ->
                assertThat(timelines(dataset, outage, VOICE)).as(outage.id())
                        .anyMatch(timeline -> timeline.stream().anyMatch(
                                row -> row.at().equals(outage.start()) && row.state() == 0)));
    }

    @ParameterizedTest
    @MethodSource("smallDatasets")
    void theLongAgentPgCtiOutageHasEveryCaseOfTheTaskLifeRule(GeneratedDataset dataset) {
        Duration chatLife = Duration.ofSeconds(dataset.mrd(CHAT).taskLifeSeconds());
        List<OutageRow> longOutages = dataset.outages("AGENT_PG_CTI").stream()
                .filter(outage -> Duration.between(outage.start(), outage.end()).compareTo(chatLife) > 0)
                .toList();
        assertThat(longOutages).isNotEmpty();
        for (OutageRow outage : longOutages) {
            Instant expiry = outage.start().plus(chatLife);
            List<Task> chats = dataset.tasks().stream()
                    .filter(task -> task.mrDomainId() == CHAT && task.peripheralId() == outage.peripheralId())
                    .toList();
            assertThat(chats).as(outage.id())
                    .anyMatch(task -> task.openAt(outage.start()) && task.end() == null)
                    .anyMatch(task -> task.openAt(outage.start()) && task.end() != null && task.end().isAfter(expiry))
                    .anyMatch(task -> task.openAt(outage.start()) && task.end() != null
                            && task.end().isBefore(expiry))
                    .anyMatch(task -> !task.start().isBefore(outage.start()) && task.start().isBefore(outage.end()));
        }
    }

    private static List<OutageRow> failovers(GeneratedDataset dataset) {
        return dataset.outages().stream()
                .filter(outage -> Set.of("PG", "CTI_MANAGER", "FINESSE").contains(outage.component()))
                .toList();
    }

    private static List<List<State>> timelines(GeneratedDataset dataset, OutageRow outage, int mrDomainId) {
        return dataset.agentsOf(outage.peripheralId())
                .map(agent -> dataset.timeline(agent.skillTargetId(), mrDomainId))
                .toList();
    }

    /** rules.md §4: the state in effect at {@code s}; rows stamped exactly at {@code s} do not count. */
    private static Optional<State> stateAt(List<State> timeline, Instant s) {
        return timeline.stream().filter(row -> row.at().isBefore(s)).reduce((first, second) -> second);
    }

    /** In wrap-up {@code wrapUp} at {@code s}, and before the call (rules.md §4.1 walk back) in {@code before}. */
    private static boolean wrapUpAfter(List<State> timeline, Instant s, int wrapUp, int before) {
        List<State> until = timeline.stream().filter(row -> row.at().isBefore(s)).toList();
        if (until.isEmpty() || until.get(until.size() - 1).state() != wrapUp) {
            return false;
        }
        int i = until.size() - 1;
        while (i > 0 && CALL_STATES.contains(until.get(i).state())) {
            i--;
        }
        return until.get(i).state() == before;
    }
}
