package org.outagerecon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagerecon.cli.GenerateCommand;
import picocli.CommandLine;

/** sample-data/ is exactly what the command its README documents writes. */
class DatasetSampleTest {
    private static final Path SAMPLE = Path.of("sample-data");
    private static final List<String> FILES = List.of("agent.csv", "media_routing_domain.csv",
            "agent_state_trace.csv", "termination_call_detail.csv", "outage.csv");

    @TempDir
    Path dir;

    @Test
    void theDocumentedCommandRegeneratesSampleDataByteForByte() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new GenerateCommand());
        command.setOut(new PrintWriter(out));

        int exitCode = command.execute(documentedArguments(dir));

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("agent_state_trace.csv").contains("seconds");
        for (String file : FILES) {
            assertThat(Files.mismatch(SAMPLE.resolve(file), dir.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void sampleDataStaysSmallEnoughToRead() throws Exception {
        long bytes = 0;
        for (String file : FILES) {
            bytes += Files.size(SAMPLE.resolve(file));
        }
        assertThat(bytes).isLessThan(700_000);
    }

    /** The arguments after {@code generate} in the README's command, writing to {@code out} instead. */
    private static String[] documentedArguments(Path out) throws Exception {
        String line = Files.readAllLines(SAMPLE.resolve("README.md")).stream()
                .filter(text -> text.contains(".jar generate "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("README.md shows no generate command"));
        List<String> words = Arrays.asList(line.substring(line.indexOf(" generate ") + 10).trim().split("\\s+"));
        List<String> arguments = new ArrayList<>(words);
        arguments.set(arguments.indexOf("--out") + 1, out.toString());
        return arguments.toArray(String[]::new);
    }
}
