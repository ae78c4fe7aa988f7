package org.outagerecon.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagerecon.generate.DatasetGenerator.GeneratorSettings;
import org.outagerecon.system.BadInputException;

class DatasetDeterminismTest {
    private static final List<String> FILES = List.of("agent.csv", "media_routing_domain.csv",
            "agent_state_trace.csv", "termination_call_detail.csv", "outage.csv");

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        GeneratedDataset.generate(dir.resolve("first"), 20, 2, 7);
        GeneratedDataset.generate(dir.resolve("second"), 20, 2, 7);

        for (String file : FILES) {
            assertThat(Files.mismatch(dir.resolve("first").resolve(file), dir.resolve("second").resolve(file)))
                    .as(file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedWritesOtherActivity() throws Exception {
        GeneratedDataset.generate(dir.resolve("seven"), 20, 1, 7);
        GeneratedDataset.generate(dir.resolve("eight"), 20, 1, 8);

        for (String file : List.of("agent_state_trace.csv", "termination_call_detail.csv")) {
            assertThat(Files.mismatch(dir.resolve("seven").resolve(file), dir.resolve("eight").resolve(file)))
                    .as(file).isNotEqualTo(-1L);
        }
    }

    @Test
    void anAgentsDaysDoNotDependOnHowManyAgentsThereAre() {
        GeneratedDataset small = GeneratedDataset.generate(dir.resolve("small"), 14, 1, 7);
        GeneratedDataset large = GeneratedDataset.generate(dir.resolve("large"), 30, 1, 7);

        assertThat(large.timeline(10013, 1)).isEqualTo(small.timeline(10013, 1));
    }

    @Test
    void fewerAgentsThanTheScenarioCastAreRefused() {
        assertThatThrownBy(() -> new GeneratorSettings(11, 1, 1, LocalDate.of(2026, 11, 19)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("12");
    }
}
