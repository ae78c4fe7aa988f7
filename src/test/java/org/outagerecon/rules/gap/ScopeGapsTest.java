package org.outagerecon.rules.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.MediaClass;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Window;

/** rules.md §3, last column: the whole-scope gap rows of each component, clipped to the window. */
class ScopeGapsTest {

    private static final List<MediaRoutingDomain> MRDS = List.of(
            new MediaRoutingDomain(1, MediaClass.VOICE, 1200),
            new MediaRoutingDomain(2, MediaClass.CHAT, 1200),
            new MediaRoutingDomain(3, MediaClass.EMAIL, 1200),
            new MediaRoutingDomain(4, MediaClass.TASK, 600));
    private static final Window DAY = new Window(at("00:00"), at("24:00"));
    private static final long ORPHAN_MILLIS = 60 * 60_000L;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "-", delimiter = ';', textBlock = """
            # component;  peripheral; MRD; expected rows (kind/peripheral/MRD)
            PIM;          5000;       -;   DATA_LOST/5000/null
            PG;           5000;       -;   -
            CTI_MANAGER;  5000;       -;   -
            FINESSE;      5000;       -;   -
            AGENT_PG_CTI; 5000;       -;   TASKS_UNREPORTED/5000/2 DATA_LATE/5000/3 TASKS_UNREPORTED/5000/4
            AGENT_PG_CTI; 5000;       2;   TASKS_UNREPORTED/5000/2
            AGENT_PG_CTI; 5000;       3;   DATA_LATE/5000/3
            AGENT_PG_CTI; 5000;       1;   TASKS_UNREPORTED/5000/1
            AGENT_PG_CTI; 5000;       9;   TASKS_UNREPORTED/5000/9
            MR_PG;        -;          2;   TASKS_UNREPORTED/null/2
            MR_PG;        5000;       2;   TASKS_UNREPORTED/5000/2
            MR_PIM;       -;          3;   TASKS_UNREPORTED/null/3
            MR_PIM;       5001;       3;   TASKS_UNREPORTED/5001/3
            ROUTER_LINK;  5000;       -;   DATA_LATE/5000/null
            """)
    void gapRowsOfEachComponent(Component component, Integer peripheral, Integer mrd, String expected) {
        Outage outage = new Outage("O", component, peripheral, mrd, at("11:00"), at("11:30"));

        List<String> rows = ScopeGaps.of(List.of(outage), MRDS, ORPHAN_MILLIS, DAY).stream()
                .peek(gap -> assertThat(gap.start()).isEqualTo(at("11:00")))
                .peek(gap -> assertThat(gap.end()).isEqualTo(at("11:30")))
                .peek(gap -> assertThat(gap.skillTargetId()).isNull())
                .map(gap -> gap.kind() + "/" + gap.peripheralId() + "/" + gap.mrDomainId())
                .toList();

        assertThat(String.join(" ", rows)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "[{0}, {1}) in [{2}, {3})")
    @CsvSource(nullValues = "-", textBlock = """
            11:00, 11:30, 00:00, 24:00, 11:00, 11:30
            23:00, -,     00:00, 24:00, 23:00, 24:00
            10:00, 12:00, 11:00, 11:30, 11:00, 11:30
            09:00, 10:00, 10:00, 11:00, -,     -
            """)
    void clippedToTheWindow(String start, String end, String from, String to, String gapStart, String gapEnd) {
        Outage outage = new Outage("O", Component.ROUTER_LINK, 5000, null, at(start),
                end == null ? Outage.OPEN : at(end));

        List<ReportingGap> gaps = ScopeGaps.of(List.of(outage), MRDS, ORPHAN_MILLIS, new Window(at(from), at(to)));

        if (gapStart == null) {
            assertThat(gaps).isEmpty();
        } else {
            assertThat(gaps).singleElement().satisfies(gap -> {
                assertThat(gap.start()).isEqualTo(at(gapStart));
                assertThat(gap.end()).isEqualTo(at(gapEnd));
            });
        }
    }

    /** §5.1: one ORPHANED_TASKS row for the MRD over [s, s + orphan-minutes), whatever e is, clipped. */
    @ParameterizedTest(name = "chat server [{0}, {1}) in [{3}, {4}), peripheral {2}")
    @CsvSource(nullValues = "-", textBlock = """
            11:00, 11:10, -,    00:00, 24:00, 11:00, 12:00
            11:00, -,     5000, 00:00, 24:00, 11:00, 12:00
            11:00, 13:00, 5000, 00:00, 24:00, 11:00, 12:00
            23:30, 23:40, -,    00:00, 24:00, 23:30, 24:00
            11:00, 11:10, -,    11:30, 24:00, 11:30, 12:00
            11:00, 11:10, -,    12:00, 24:00, -,     -
            """)
    void chatServerOrphanedTasks(String start, String end, Integer peripheral, String from, String to,
                                 String gapStart, String gapEnd) {
        Outage outage = new Outage("C", Component.CHAT_SERVER, peripheral, 2, at(start),
                end == null ? Outage.OPEN : at(end));

        List<ReportingGap> gaps = ScopeGaps.of(List.of(outage), MRDS, ORPHAN_MILLIS, new Window(at(from), at(to)));

        if (gapStart == null) {
            assertThat(gaps).isEmpty();
        } else {
            assertThat(gaps).singleElement().satisfies(gap -> {
                assertThat(gap.kind()).isEqualTo(GapKind.ORPHANED_TASKS);
                assertThat(gap.peripheralId()).isEqualTo(peripheral);
                assertThat(gap.mrDomainId()).isEqualTo(2);
                assertThat(gap.skillTargetId()).isNull();
                assertThat(gap.start()).isEqualTo(at(gapStart));
                assertThat(gap.end()).isEqualTo(at(gapEnd));
            });
        }
    }

    private static long at(String time) {
        return Instant.parse("2026-11-19T00:00:00Z").toEpochMilli()
                + (Integer.parseInt(time.substring(0, 2)) * 60L + Integer.parseInt(time.substring(3))) * 60_000L;
    }
}
