package org.outagerecon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each file in jobs/ calls the jar with a command line the CLI accepts, and all of them the same one. */
class ScheduledJobsTest {

    /** The words after the jar, up to a shell redirection or the end of the line / YAML list. */
    private static final Pattern AFTER_JAR = Pattern.compile("outage-recon\\.jar\"?,?\\s*([^>\\]\\n]*)");

    @ParameterizedTest
    @ValueSource(strings = {"cron", "outage-recon.service", "kubernetes-cronjob.yaml"})
    void callsTheNightlyCommandTheCliAccepts(String file) throws IOException {
        List<String> arguments = argumentsOfTheJar(file);

        assertThat(arguments).containsExactly("nightly");
        assertThatCode(() -> Main.commandLine().parseArgs(arguments.toArray(String[]::new)))
                .doesNotThrowAnyException();
    }

    @Test
    void theIndexedJobRunsOnePartitionPerPod() throws IOException {
        List<String> arguments = argumentsOfTheJar("kubernetes-indexed-job.yaml");

        assertThat(arguments).containsExactly("nightly", "--partition", "$(PARTITION_INDEX)/4");
        for (int index = 0; index < 4; index++) {
            String partition = String.valueOf(index);
            String[] podArguments = arguments.stream().map(a -> a.replace("$(PARTITION_INDEX)", partition))
                    .toArray(String[]::new);
            assertThatCode(() -> Main.commandLine().parseArgs(podArguments)).doesNotThrowAnyException();
        }
    }

    private static List<String> argumentsOfTheJar(String file) throws IOException {
        String text = Files.readAllLines(Path.of("jobs", file)).stream()
                .filter(line -> !line.strip().startsWith("#")).collect(Collectors.joining("\n"));
        Matcher matcher = AFTER_JAR.matcher(text);
        assertThat(matcher.find()).as("%s calls outage-recon.jar", file).isTrue();
        return Arrays.stream(matcher.group(1).split("[\\s,\"]+")).filter(s -> !s.isBlank()).toList();
    }
}
