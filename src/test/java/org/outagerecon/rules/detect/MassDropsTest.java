package org.outagerecon.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.MediaClass;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Window;

/**
 * rules.md §8.1, one case per clause: chains, min-agents and min-share, component, end, explained. Times are
 * milliseconds after 10:00:00Z; every agent is on peripheral 5000.
 */
class MassDropsTest {

    private static final long T0 = Instant.parse("2026-11-19T10:00:00Z").toEpochMilli();
    private static final Window DAY = Window.of(Instant.parse("2026-11-19T00:00:00Z"),
            Instant.parse("2026-11-20T00:00:00Z"));
    private static final Map<Integer, MediaRoutingDomain> MRDS = Map.of(
            1, new MediaRoutingDomain(1, MediaClass.VOICE, 1200),
            2, new MediaRoutingDomain(2, MediaClass.CHAT, 1200));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                   | drops agent:mrd:ms:reason                                        | L  | backs agent:ms                     | confirmed outage             | expected
            five agents within a minute              | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:4000:50002        | 5  | 1:300000 2:301000 3:302000 4:303000 5:304000 | -                            | PG 0 302000
            gap exactly 60 s joins                   | 1:1:0:-1 2:1:60000:-1 3:1:120000:-1 4:1:180000:-1 5:1:240000:-1    | 5  | 1:900000 2:900000 3:900000         | -                            | PG 0 900000
            gap 60.001 s does not                    | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:63001:-1          | 5  | 1:900000 2:900000 3:900000         | -                            | none
            four agents are too few                  | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1                       | 4  | 1:900000 2:900000 3:900000         | -                            | none
            an agent counts once                     | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 1:2:4000:-1           | 4  | 1:900000 2:900000 3:900000         | -                            | none
            a second drop bridges the gap            | 1:1:0:-1 2:1:10000:-1 3:1:10000:-1 4:1:10000:-1 1:2:70000:-1 5:1:130000:-1 | 5 | 1:900000 2:900000 3:900000 | -                     | FINESSE 0 900000
            half the logged-on agents is enough      | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:4000:-1           | 10 | 1:900000 2:900000 3:900000         | -                            | PG 0 900000
            less than half is not                    | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:4000:-1           | 11 | 1:900000 2:900000 3:900000         | -                            | none
            reason 255 is Finesse                    | 1:1:0:-1 2:1:1000:-1 3:1:2000:255 4:1:3000:-1 5:1:4000:-1          | 5  | 1:900000 2:900000 3:900000         | -                            | FINESSE 0 900000
            a non-voice MRD is Finesse               | 1:1:0:-1 2:1:1000:-1 3:2:2000:-1 4:1:3000:-1 5:1:4000:-1           | 5  | 1:900000 2:900000 3:900000         | -                            | FINESSE 0 900000
            an MRD no file describes is Finesse      | 1:1:0:-1 2:1:1000:-1 3:9:2000:-1 4:1:3000:-1 5:1:4000:-1           | 5  | 1:900000 2:900000 3:900000         | -                            | FINESSE 0 900000
            n odd: the 3rd of 5 back instants        | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:4000:-1           | 5  | 1:500 2:400 3:300 4:200 5:100      | -                            | PG 0 300
            n even: the 3rd of 6 back instants       | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:4000:-1 6:1:5000:-1 | 6 | 1:600 2:500 3:400 4:300 5:200 6:100 | -                         | PG 0 300
            back at one instant count one each       | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:4000:-1 6:1:5000:-1 | 6 | 1:700 2:700 3:700                 | -                            | PG 0 700
            fewer than half back: open               | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:4000:-1           | 5  | 1:900000 2:900000                  | -                            | PG 0 -
            explained: a drop at s                   | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:4000:-1           | 5  | 1:900000 2:900000 3:900000         | PG 0 10000                   | none
            explained: a drop at s + 180 s - 1 ms    | 1:1:179999:-1 2:1:181000:-1 3:1:182000:-1 4:1:183000:-1 5:1:184000:-1 | 5 | 1:900000 2:900000 3:900000      | FINESSE 0 10000              | none
            not explained: first drop at s + 180 s   | 1:1:180000:-1 2:1:181000:-1 3:1:182000:-1 4:1:183000:-1 5:1:184000:-1 | 5 | 1:900000 2:900000 3:900000      | CTI_MANAGER 0 10000          | PG 180000 900000
            explained by a PIM outage                | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:4000:-1           | 5  | 1:900000 2:900000 3:900000         | PIM -60000 1000              | none
            explained by an open outage              | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:4000:-1           | 5  | 1:900000 2:900000 3:900000         | PG -3600000 open             | none
            not explained by another peripheral      | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:4000:-1           | 5  | 1:900000 2:900000 3:900000         | PG@5001 0 10000              | PG 0 900000
            not explained by an Agent PG CTI outage  | 1:1:0:-1 2:1:1000:-1 3:1:2000:-1 4:1:3000:-1 5:1:4000:-1           | 5  | 1:900000 2:900000 3:900000         | AGENT_PG_CTI 0 10000         | PG 0 900000
            """)
    void massDrop(String description, String drops, int loggedOn, String backs, String outage, String expected) {
        List<Outage> confirmed = outage == null ? List.of() : List.of(outage(outage));

        List<SuspectedOutage> found = MassDrops.find(drops(drops), DAY, DetectSettings.DEFAULTS, confirmed,
                evidence(loggedOn, backs));

        assertThat(found.stream().map(MassDropsTest::describe).findFirst().orElse("none")).isEqualTo(expected);
        assertThat(found).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void theShareIsComparedExactlyInDecimal() {
        DetectSettings settings = new DetectSettings(DetectSettings.DEFAULTS.reasons(), 60_000, 5,
                new BigDecimal("0.55"), 3);
        List<Drop> fiftyFive = IntStream.range(0, 55).mapToObj(agent -> drop(agent, 1, agent * 100L, -1)).toList();

        assertThat(MassDrops.find(fiftyFive, DAY, settings, List.of(), evidence(100, "1:900000"))).hasSize(1);
        assertThat(MassDrops.find(fiftyFive.subList(0, 54), DAY, settings, List.of(), evidence(100, "1:900000")))
                .isEmpty();
    }

    @Test
    void aChainBelongsToTheWindowOfItsFirstDrop() {
        List<Drop> crossing = IntStream.range(0, 5).mapToObj(agent -> drop(agent, 1, agent * 30_000L, -1)).toList();
        Window before = new Window(T0 - 3_600_000, T0 + 45_000);
        Window after = new Window(T0 + 45_000, T0 + 3_600_000);

        assertThat(MassDrops.find(crossing, before, DetectSettings.DEFAULTS, List.of(), evidence(5, "1:900000")))
                .extracting(SuspectedOutage::start).containsExactly(T0);
        assertThat(MassDrops.find(crossing, after, DetectSettings.DEFAULTS, List.of(), evidence(5, "1:900000")))
                .isEmpty();
    }

    @Test
    void theIdAndTheNoteSayWhatWasSeen() {
        List<Drop> drops = IntStream.range(0, 6).mapToObj(agent -> drop(agent, 1, 12_196 + agent * 500L, -1)).toList();
        long t1 = Instant.parse("2026-11-19T10:00:12.196Z").toEpochMilli();

        SuspectedOutage found = MassDrops.find(drops, DAY, DetectSettings.DEFAULTS, List.of(),
                evidence(8, "1:900000 2:900000 3:900000")).get(0);

        assertThat(found.id()).isEqualTo("SUSPECTED-PG-5000-20261119T100012.196Z");
        assertThat(found.start()).isEqualTo(t1);
        assertThat(found.note()).isEqualTo("6 agents of peripheral 5000 dropped (75% of the 8 agents logged on at"
                + " 2026-11-19T10:00:12.196Z), 6 drops within 2.5 s, reasons -1 (6); 3 of them back. Agent rows"
                + " cannot tell a PG failover from a CTI Manager failover or an OPC crash: confirm with --component"
                + " if it was not the PG.");
    }

    private static List<Drop> drops(String text) {
        return Arrays.stream(text.trim().split("\\s+")).map(item -> {
            String[] parts = item.split(":");
            return drop(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Long.parseLong(parts[2]),
                    Integer.parseInt(parts[3]));
        }).toList();
    }

    private static Drop drop(int agent, int mrd, long offset, int reason) {
        boolean voice = MRDS.getOrDefault(mrd, MediaRoutingDomain.undescribed(mrd)).isVoice();
        return new Drop(agent, 5000, mrd, voice, T0 + offset, reason);
    }

    /** L as given; back instants by agent, each after its first drop as the rule says; t1 is the first drop. */
    private static MassDrops.Evidence evidence(int loggedOn, String backs) {
        Map<Integer, Long> back = new HashMap<>();
        for (String item : backs.trim().split("\\s+")) {
            String[] parts = item.split(":");
            back.put(Integer.parseInt(parts[0]), T0 + Long.parseLong(parts[1]));
        }
        return (peripheralId, t1, firstDropByAgent) -> {
            assertThat(peripheralId).isEqualTo(5000);
            assertThat(t1).isEqualTo(Collections.min(firstDropByAgent.values()));
            Map<Integer, Long> result = new HashMap<>(back);
            result.keySet().retainAll(firstDropByAgent.keySet());
            return new MassDrops.Seen(loggedOn, result);
        };
    }

    /** {@code COMPONENT[@peripheral] start end} in ms after T0; end {@code open} for an open outage. */
    private static Outage outage(String text) {
        String[] parts = text.split(" ");
        String[] scope = parts[0].split("@");
        int peripheral = scope.length > 1 ? Integer.parseInt(scope[1]) : 5000;
        return new Outage("CONFIRMED", Component.valueOf(scope[0]), peripheral, null, T0 + Long.parseLong(parts[1]),
                parts[2].equals("open") ? Outage.OPEN : T0 + Long.parseLong(parts[2]));
    }

    private static String describe(SuspectedOutage found) {
        assertThat(found.id()).isEqualTo(SuspectedOutage.idOf(found.component(), 5000, found.start()));
        List<String> parts = new ArrayList<>(List.of(found.component().name(), String.valueOf(found.start() - T0)));
        parts.add(found.end() == null ? "-" : String.valueOf(found.end() - T0));
        return String.join(" ", parts);
    }
}
