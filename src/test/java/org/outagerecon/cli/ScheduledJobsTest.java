package org.outagerecon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Each file in jobs/ calls the jar with a command line the CLI accepts, all of them the same one, and maps the exit
 * codes of README.md: retry 1 and 4, never 2.
 */
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

    /** Kubernetes: never two runs at once; bad settings (2) are not retried, failures (1) and busy windows (4) are. */
    @ParameterizedTest
    @ValueSource(strings = {"kubernetes-cronjob.yaml", "kubernetes-cronjob-hds.yaml"})
    void theCronJobRetriesWhatARetryCanFix(String file) throws IOException {
        Map<String, Object> cronJob = yaml(file);
        assertThat((Object) at(cronJob, "spec", "concurrencyPolicy")).isEqualTo("Forbid");
        Map<String, Object> job = at(cronJob, "spec", "jobTemplate", "spec");
        assertThat(exitCodesByAction(job)).containsExactly(Map.entry("FailJob", List.of(2)),
                Map.entry("Count", List.of(1, 4)));
    }

    @Test
    void theIndexedJobFailsOnlyTheIndexWithABadSetting() throws IOException {
        Map<String, Object> job = at(yaml("kubernetes-indexed-job.yaml"), "spec");
        assertThat(job).containsEntry("completionMode", "Indexed").containsEntry("completions", 4)
                .containsEntry("parallelism", 4);
        assertThat(exitCodesByAction(job)).containsExactly(Map.entry("FailIndex", List.of(2)),
                Map.entry("Count", List.of(1, 4)));
    }

    /** systemd takes the start limit from [Unit] only (in [Service] it is ignored, and retries never stop). */
    @ParameterizedTest
    @CsvSource({"outage-recon.service, outage-recon.timer", "outage-recon-hds.service, outage-recon-hds.timer"})
    void theSystemdUnitRetriesAtMostTwiceAndNeverOnBadSettings(String service, String timer) throws IOException {
        Map<String, Map<String, String>> unit = iniSections(service);
        assertThat(unit.get("Unit")).containsEntry("StartLimitIntervalSec", "6h").containsEntry("StartLimitBurst", "3");
        assertThat(unit.get("Service")).containsEntry("Type", "oneshot").containsEntry("Restart", "on-failure")
                .containsEntry("RestartPreventExitStatus", "2").doesNotContainKey("StartLimitIntervalSec");
        assertThat(iniSections(timer).get("Timer")).containsEntry("Persistent", "true")
                .containsKey("OnCalendar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cron", "cron-hds"})
    void theCronLineNeverOverlapsAndExits4WhenThePreviousRunHoldsTheLock(String file) throws IOException {
        assertThat(Files.readString(Path.of("jobs", file))).contains("flock -n -E 4 ");
    }

    /** The HDS flow: each scheduler runs jobs/hds-nightly.sh, nothing else. */
    @ParameterizedTest
    @CsvSource({"cron-hds, /opt/outage-recon/hds-nightly.sh",
            "outage-recon-hds.service, /opt/outage-recon/hds-nightly.sh", "kubernetes-cronjob-hds.yaml, /app/hds-nightly.sh"})
    void theHdsFlowRunsTheScript(String file, String script) throws IOException {
        String text = Files.readAllLines(Path.of("jobs", file)).stream()
                .filter(line -> !line.strip().startsWith("#")).collect(Collectors.joining("\n"));
        assertThat(text).contains(script).doesNotContain("outage-recon.jar");
    }

    /**
     * jobs/hds-nightly.sh with a stand-in for java that records its arguments and exits as told: it imports from the
     * HDS with a command line the CLI accepts, then runs nightly unless the import failed (rejected rows, 3, are no
     * failure), and exits with the code of what failed or of nightly.
     */
    @ParameterizedTest(name = "import exits {0}, nightly {1}: {2}")
    @CsvSource({"0, 0, 0, true", "3, 0, 0, true", "0, 4, 4, true", "3, 1, 1, true", "1, 0, 1, false",
            "2, 0, 2, false"})
    void theHdsScriptImportsThenRunsNightly(int importExit, int nightlyExit, int scriptExit, boolean nightlyRuns,
                                           @TempDir Path bin) throws Exception {
        Path calls = bin.resolve("calls");
        Path fakeJava = bin.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"$*\" >> " + calls + "\n"
                + "case \"$*\" in *' import '*) exit " + importExit + ";; *) exit " + nightlyExit + ";; esac\n");
        assertThat(fakeJava.toFile().setExecutable(true)).isTrue();
        ProcessBuilder script = new ProcessBuilder("jobs/hds-nightly.sh").redirectErrorStream(true);
        script.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        script.environment().put("HDS_JDBC_URL", "jdbc:sqlserver://hds:1433;databaseName=ucce_hds");
        script.environment().put("OUTAGE_RECON_HOME", "/opt/outage-recon");
        script.environment().remove("JAVA_OPTS");
        Process process = script.start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());

        assertThat(process.waitFor()).isEqualTo(scriptExit);
        List<String> expected = new ArrayList<>(List.of("-Xmx512m -jar /opt/outage-recon/outage-recon.jar import"
                + " --jdbc jdbc:sqlserver://hds:1433;databaseName=ucce_hds"));
        if (nightlyRuns) {
            expected.add("-Xmx512m -jar /opt/outage-recon/outage-recon.jar nightly");
        }
        assertThat(Files.readAllLines(calls)).containsExactlyElementsOf(expected);
        for (String call : expected) {
            String[] arguments = call.substring(call.indexOf(".jar ") + 5).split(" ");
            assertThatCode(() -> Main.commandLine().parseArgs(arguments)).doesNotThrowAnyException();
        }
    }

    private static Map<String, List<Integer>> exitCodesByAction(Map<String, Object> jobSpec) {
        List<Map<String, Object>> rules = at(jobSpec, "podFailurePolicy", "rules");
        Map<String, List<Integer>> codes = new LinkedHashMap<>();
        for (Map<String, Object> rule : rules) {
            assertThat((Object) at(rule, "onExitCodes", "operator")).isEqualTo("In");
            codes.put((String) rule.get("action"), at(rule, "onExitCodes", "values"));
        }
        return codes;
    }

    private static Map<String, Object> yaml(String file) throws IOException {
        return new Yaml().load(Files.readString(Path.of("jobs", file)));
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> map, String... path) {
        Object value = map;
        for (String key : path) {
            assertThat(value).as("%s in %s", key, String.join(".", path)).isInstanceOf(Map.class);
            value = ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }

    /** Section → key → value of a systemd unit file. */
    private static Map<String, Map<String, String>> iniSections(String file) throws IOException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : Files.readAllLines(Path.of("jobs", file))) {
            String text = line.strip();
            if (text.startsWith("[") && text.endsWith("]")) {
                current = sections.computeIfAbsent(text.substring(1, text.length() - 1), name -> new LinkedHashMap<>());
            } else if (current != null && !text.startsWith("#") && text.contains("=")) {
                current.put(text.substring(0, text.indexOf('=')), text.substring(text.indexOf('=') + 1));
            }
        }
        return sections;
    }

    private static List<String> argumentsOfTheJar(String file) throws IOException {
        String text = Files.readAllLines(Path.of("jobs", file)).stream()
                .filter(line -> !line.strip().startsWith("#")).collect(Collectors.joining("\n"));
        Matcher matcher = AFTER_JAR.matcher(text);
        assertThat(matcher.find()).as("%s calls outage-recon.jar", file).isTrue();
        return Arrays.stream(matcher.group(1).split("[\\s,\"]+")).filter(s -> !s.isBlank()).toList();
    }
}
