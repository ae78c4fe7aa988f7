package org.outagerecon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagerecon.generate.GeneratedDataset.State;
import org.outagerecon.generate.GeneratedDataset.Task;

/** Every agent-MRD's source timeline reads like HDS's: keys in time order, states that follow each other sensibly. */
class DatasetTimelineTest {
    /** Besides these, any state may be followed by a logout (0). */
    private static final Map<Integer, Set<Integer>> VOICE_NEXT = Map.of(
            0, Set.of(2), 2, Set.of(3, 4), 3, Set.of(2, 8), 8, Set.of(2, 4), 4, Set.of(5, 6, 10), 10, Set.of(4),
            5, Set.of(2, 3), 6, Set.of(3));
    private static final Map<Integer, Set<Integer>> NON_VOICE_NEXT = Map.of(
            0, Set.of(2), 2, Set.of(3), 3, Set.of(2, 8), 14, Set.of(2, 8), 8, Set.of(2, 11), 11, Set.of(12, 14),
            12, Set.of(11));

    @TempDir
    static Path dir;
    static GeneratedDataset dataset;

    @BeforeAll
    static void generate() {
        dataset = GeneratedDataset.generate(dir, 40, 2, 11);
    }

    @Test
    void stateRecoveryKeysAreUniqueAndInTimeOrder() {
        assertKeysUniqueAndInTimeOrder(dataset.states(), State::recoveryKey, State::at);
    }

    @Test
    void taskRecoveryKeysAreUniqueAndInTheOrderRowsAreWritten() {
        assertKeysUniqueAndInTimeOrder(dataset.tasks(), Task::recoveryKey, Task::recordedAt);
    }

    @Test
    void stateRowsNameKnownAgentsAndMrdsAndValidStates() {
        Set<Integer> agents = Set.copyOf(dataset.agents().stream().map(GeneratedDataset.Agent::skillTargetId).toList());
        assertThat(dataset.states()).allSatisfy(state -> {
            assertThat(agents).contains(state.skillTargetId());
            assertThat(state.mrDomainId()).isBetween(1, 4);
            assertThat(state.state()).isBetween(0, 14);
            assertThat(state.reasonCode() != null).as("reason code on %s", state)
                    .isEqualTo(state.state() == 0 || state.state() == 2);
        });
    }

    @Test
    void everyAgentMrdLogsInFirstLogsOutLastAndMovesOnlyBetweenSensibleStates() {
        for (GeneratedDataset.Agent agent : dataset.agents()) {
            for (GeneratedDataset.Mrd mrd : dataset.mrds()) {
                List<State> timeline = dataset.timeline(agent.skillTargetId(), mrd.id());
                if (timeline.isEmpty()) {
                    continue;
                }
                assertThat(timeline.get(0).state()).as("first row %s", timeline.get(0)).isEqualTo(2);
                assertThat(timeline.get(timeline.size() - 1).state()).isZero();
                Map<Integer, Set<Integer>> allowed = mrd.mediaClass().equals("VOICE") ? VOICE_NEXT : NON_VOICE_NEXT;
                for (int i = 1; i < timeline.size(); i++) {
                    State previous = timeline.get(i - 1);
                    State next = timeline.get(i);
                    assertThat(next.at()).isAfter(previous.at());
                    if (next.state() != 0) {
                        assertThat(allowed.get(previous.state())).as("%s then %s", previous, next)
                                .contains(next.state());
                    }
                }
            }
        }
    }

    @Test
    void everyAgentTakesVoiceAndSomeTakeOtherMedia() {
        assertThat(dataset.agents()).allSatisfy(agent ->
                assertThat(dataset.timeline(agent.skillTargetId(), 1)).isNotEmpty());
        assertThat(dataset.mrds()).allSatisfy(mrd ->
                assertThat(dataset.states()).anyMatch(state -> state.mrDomainId() == mrd.id()));
    }

    @Test
    void tasksEndAfterTheyStartWithTheirMediasDisposition() {
        assertThat(dataset.tasks()).allSatisfy(task -> {
            if (task.end() != null) {
                assertThat(task.end()).isAfter(task.start());
            }
            // 42: Cisco ended the task at its task life while an application path nobody recorded was down.
            assertThat(task.callDisposition()).isIn(task.mrDomainId() == 1 ? List.of(13) : List.of(38, 42));
        });
        assertThat(dataset.tasks()).anyMatch(task -> task.end() == null);
        assertThat(dataset.tasks()).filteredOn(task -> task.callDisposition() == 42).hasSizeGreaterThanOrEqualTo(3);
    }

    private static <T> void assertKeysUniqueAndInTimeOrder(List<T> rows, ToLongFunction<T> key,
            Function<T, Instant> time) {
        List<T> byKey = rows.stream().sorted(Comparator.comparingLong(key)).toList();
        for (int i = 1; i < byKey.size(); i++) {
            assertThat(key.applyAsLong(byKey.get(i))).isGreaterThan(key.applyAsLong(byKey.get(i - 1)));
            assertThat(time.apply(byKey.get(i))).isAfterOrEqualTo(time.apply(byKey.get(i - 1)));
        }
    }
}
