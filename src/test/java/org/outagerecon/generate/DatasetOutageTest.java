package org.outagerecon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagerecon.domain.Component;
import org.outagerecon.generate.GeneratedDataset.OutageRow;
import org.outagerecon.generate.GeneratedDataset.State;

/** outage.csv covers rules.md §3, and the source around each outage looks like what HDS records. */
class DatasetOutageTest {
    @TempDir
    static Path dir;
    static GeneratedDataset dataset;

    @BeforeAll
    static void generate() {
        dataset = GeneratedDataset.generate(dir, 40, 2, 5);
    }

    @Test
    void everyComponentAppearsEveryDayWithItsScopeColumn() {
        for (Component component : Component.values()) {
            List<OutageRow> rows = dataset.outages(component.name());
            assertThat(rows).as(component.name()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(row -> {
                assertThat(component.scope() == Component.Scope.PERIPHERAL ? row.peripheralId() : row.mrDomainId())
                        .as(row.id()).isNotNull();
                assertThat(row.end()).isAfter(row.start());
            });
        }
        assertThat(dataset.outages().stream().map(OutageRow::id).distinct()).hasSameSizeAs(dataset.outages());
    }

    @Test
    void agentPgCtiComesLongerAndShorterThanTheChatTaskLifeWithAndWithoutAnMrd() {
        Duration chatLife = Duration.ofSeconds(dataset.mrd(2).taskLifeSeconds());
        List<OutageRow> rows = dataset.outages("AGENT_PG_CTI");
        assertThat(rows).anyMatch(row -> row.mrDomainId() == null && length(row).compareTo(chatLife) > 0)
                .anyMatch(row -> row.mrDomainId() != null && length(row).compareTo(chatLife) < 0);
    }

    @Test
    void outagesOnAPeripheralOverlapAndOneStartsAsAnotherEnds() {
        List<OutageRow> outages = dataset.outages();
        assertThat(outages).anyMatch(a -> outages.stream().anyMatch(b -> a != b && samePeripheral(a, b)
                && a.start().isBefore(b.start()) && b.start().isBefore(a.end())));
        assertThat(outages).anyMatch(a -> outages.stream().anyMatch(b -> samePeripheral(a, b)
                && b.start().equals(a.end())));
    }

    @Test
    void failoversLogAffectedAgentsOutJustAfterTheStartAndBackInAfterTheEnd() {
        for (String component : List.of("PG", "CTI_MANAGER", "FINESSE")) {
            for (OutageRow outage : dataset.outages(component)) {
                List<Integer> mrds = component.equals("FINESSE") ? List.of(1, 2, 3, 4) : List.of(1);
                dataset.agentsOf(outage.peripheralId()).forEach(agent -> mrds.forEach(mrd -> {
                    List<State> timeline = dataset.timeline(agent.skillTargetId(), mrd);
                    if (loggedInJustBefore(timeline, outage)) {
                        List<State> inside = rowsBetween(timeline, outage.start(), outage.end());
                        assertThat(inside).as("rows of %s in %s", agent, outage.id()).singleElement()
                                .satisfies(logout -> {
                                    assertThat(logout.state()).isZero();
                                    assertThat(logout.reasonCode()).isEqualTo(50002);
                                    assertThat(Duration.between(outage.start(), logout.at()))
                                            .isLessThan(Duration.ofSeconds(3));
                                });
                        // none when the shift ended during the outage
                        rowsBetween(timeline, outage.end(), outage.end().plus(Duration.ofMinutes(2))).stream()
                                .findFirst()
                                .ifPresent(login -> assertThat(List.of(login.state(), login.reasonCode()))
                                        .as("re-login of %s after %s", agent, outage.id())
                                        .containsExactly(2, 50002));
                    }
                }));
            }
        }
    }

    @Test
    void aPimOutageLogsVoiceAgentsOutAtItsStartUntilMinutesAfterItsEnd() {
        for (OutageRow outage : dataset.outages("PIM")) {
            dataset.agentsOf(outage.peripheralId()).forEach(agent -> {
                List<State> timeline = dataset.timeline(agent.skillTargetId(), 1);
                if (loggedInJustBefore(timeline, outage)) {
                    assertThat(rowsBetween(timeline, outage.start(), outage.end().plus(Duration.ofMinutes(2))))
                            .singleElement()
                            .satisfies(logout -> {
                                assertThat(logout.at()).isEqualTo(outage.start());
                                assertThat(logout.state()).isZero();
                            });
                }
            });
        }
    }

    @Test
    void noTaskIsOfferedWhileTheMrPgOrMrPimOfItsMrdIsDown() {
        for (OutageRow outage : dataset.outages()) {
            if (outage.component().startsWith("MR_")) {
                assertThat(dataset.tasks()).noneMatch(task -> task.mrDomainId() == outage.mrDomainId()
                        && !task.start().isBefore(outage.start()) && task.start().isBefore(outage.end()));
            }
        }
    }

    @Test
    void tasksAssignedAndFinishedWhileTheAgentPgCtiPathIsDownAreNeverReported() {
        for (OutageRow outage : dataset.outages("AGENT_PG_CTI")) {
            assertThat(dataset.tasks()).noneMatch(task -> task.peripheralId() == outage.peripheralId()
                    && task.mrDomainId() != 1
                    && (outage.mrDomainId() == null || outage.mrDomainId() == task.mrDomainId())
                    && !task.start().isBefore(outage.start())
                    && task.end() != null && task.end().isBefore(outage.end()));
        }
    }

    private static boolean loggedInJustBefore(List<State> timeline, OutageRow outage) {
        return timeline.stream().filter(state -> state.at().isBefore(outage.start()))
                .reduce((first, second) -> second)
                .filter(state -> state.state() != 0)
                .isPresent();
    }

    /** Rows in {@code [from, to)}. */
    private static List<State> rowsBetween(List<State> timeline, Instant from, Instant to) {
        return timeline.stream().filter(state -> !state.at().isBefore(from) && state.at().isBefore(to)).toList();
    }

    private static boolean samePeripheral(OutageRow a, OutageRow b) {
        return a.peripheralId() != null && a.peripheralId().equals(b.peripheralId());
    }

    private static Duration length(OutageRow row) {
        return Duration.between(row.start(), row.end());
    }
}
