package org.outagerecon.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.MediaClass;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;
import org.outagerecon.rules.task.Task;

/**
 * rules.md §8.2, one case per clause. Tasks are {@code [peripheral:]mrd:end:disposition}, ends in seconds after
 * 11:00:00Z, peripheral 5000 unless said; MRD 1 voice, 2 chat (task life 1200 s), 4 task (600 s), 9 undescribed.
 */
class DispositionBurstsTest {

    private static final long T0 = Instant.parse("2026-11-19T11:00:00Z").toEpochMilli();
    private static final Map<Integer, MediaRoutingDomain> MRDS = Map.of(
            1, new MediaRoutingDomain(1, MediaClass.VOICE, 1200),
            2, new MediaRoutingDomain(2, MediaClass.CHAT, 1200),
            4, new MediaRoutingDomain(4, MediaClass.TASK, 600));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                        | tasks                            | confirmed AGENT_PG_CTI | expected start (s after T0)
            three chats: earliest end less 1200 s         | 2:1200:42 2:1230:42 2:1250:42    | -                      | 0
            two MRDs: the later task's life reaches back  | 4:600:42 2:610:42 4:630:42       | -                      | -590
            two MRDs: the first task's life reaches back  | 2:1200:42 4:1210:42 4:1220:42    | -                      | 0
            two tasks are too few                         | 2:1200:42 2:1230:42              | -                      | none
            gap exactly 60 s joins                        | 2:1200:42 2:1260:42 2:1320:42    | -                      | 0
            gap over 60 s does not                        | 2:1200:42 2:1260:42 2:1320.001:42 | -                     | none
            voice tasks do not count                      | 2:1200:42 1:1210:42 2:1220:42    | -                      | none
            other dispositions do not count               | 2:1200:42 2:1210:13 2:1220:42    | -                      | none
            open tasks do not count                       | 2:1200:42 2:open:42 2:1220:42    | -                      | none
            an MRD no file describes counts, life 1200 s  | 9:1200:42 9:1210:42 2:1220:42    | -                      | 0
            per peripheral                                | 2:1200:42 5001:2:1210:42 2:1220:42 | -                    | none
            explained: s at the last end                  | 2:1200:42 2:1230:42 2:1250:42    | 1250 open              | none
            not explained: s after the last end           | 2:1200:42 2:1230:42 2:1250:42    | 1250.001 open          | 0
            explained: e just after the start             | 2:1200:42 2:1230:42 2:1250:42    | -600 0.001             | none
            not explained: e at the start                 | 2:1200:42 2:1230:42 2:1250:42    | -600 0                 | 0
            not explained by another peripheral           | 2:1200:42 2:1230:42 2:1250:42    | 5001:-600 open         | 0
            explained whatever MRD the outage names       | 2:1200:42 2:1230:42 2:1250:42    | 4@-600 open            | none
            """)
    void burst(String description, String tasks, String outage, String expected) {
        List<Outage> confirmed = outage == null ? List.of() : List.of(agentPgCti(outage));

        List<SuspectedOutage> found = DispositionBursts.find(tasks(tasks), this::mrd, DetectSettings.DEFAULTS,
                confirmed);

        assertThat(found.stream().map(burst -> String.valueOf((burst.start() - T0) / 1000)).findFirst()
                .orElse("none")).isEqualTo(expected);
        found.forEach(burst -> {
            assertThat(burst.component()).isEqualTo(Component.AGENT_PG_CTI);
            assertThat(burst.end()).as("the rows do not say when the path came back").isNull();
            assertThat(burst.id()).isEqualTo(SuspectedOutage.idOf(Component.AGENT_PG_CTI, 5000, burst.start()));
        });
    }

    @Test
    void theNoteNamesTheTasksAndTheirTaskLife() {
        SuspectedOutage found = DispositionBursts.find(tasks("4:600:42 2:610:42 4:630:42"), this::mrd,
                DetectSettings.DEFAULTS, List.of()).get(0);

        assertThat(found.note()).startsWith("3 tasks of peripheral 5000 ended with disposition 42 within 30 s"
                + " (MRD 2: 1 tasks, task life 1200 s; MRD 4: 2 tasks, task life 600 s).");
    }

    @Test
    void ofTwoBurstsWithOneIdTheFirstFoundIsRecorded() {
        // Chats ending at 1200 s and tasks ending at 600 s, more than a minute apart: both start at T0.
        List<SuspectedOutage> found = DispositionBursts.find(
                tasks("4:600:42 4:610:42 4:620:42 2:1200:42 2:1210:42 2:1220:42"), this::mrd,
                DetectSettings.DEFAULTS, List.of());

        assertThat(found).hasSize(2);
        assertThat(SuspectedOutage.firstOfEachId(found)).containsExactly(found.get(0));
    }

    private MediaRoutingDomain mrd(int id) {
        return MRDS.getOrDefault(id, MediaRoutingDomain.undescribed(id));
    }

    private static List<Task> tasks(String text) {
        return Arrays.stream(text.trim().split("\\s+")).map(item -> {
            String[] parts = item.split(":");
            int peripheral = parts.length == 4 ? Integer.parseInt(parts[0]) : 5000;
            int offset = parts.length - 3;
            Long end = parts[offset + 1].equals("open") ? null : at(parts[offset + 1]);
            return new Task(BigDecimal.ONE, null, null, null, peripheral, Integer.parseInt(parts[offset]), 1001,
                    T0 - 3_600_000, end, Integer.parseInt(parts[offset + 2]));
        }).toList();
    }

    /** {@code [peripheral:][mrd@]start end} in seconds after T0; end {@code open}. */
    private static Outage agentPgCti(String text) {
        String[] parts = text.split(" ");
        String start = parts[0];
        int peripheral = 5000;
        if (start.contains(":")) {
            peripheral = Integer.parseInt(start.substring(0, start.indexOf(':')));
            start = start.substring(start.indexOf(':') + 1);
        }
        Integer mrd = null;
        if (start.contains("@")) {
            mrd = Integer.parseInt(start.substring(0, start.indexOf('@')));
            start = start.substring(start.indexOf('@') + 1);
        }
        return new Outage("APC", Component.AGENT_PG_CTI, peripheral, mrd, at(start),
                parts[1].equals("open") ? Outage.OPEN : at(parts[1]));
    }

    private static long at(String seconds) {
        return T0 + new BigDecimal(seconds).movePointRight(3).longValueExact();
    }
}
