package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.interval.IntervalBuilder;
import org.outagerecon.rules.timeline.Span;
import org.outagerecon.system.BadInputException;

/** rules.md §7: the nightly window is a calendar day of the configured zone plus the lookback. */
class NightlyWindowTest {

    @ParameterizedTest(name = "{0} in {1}, lookback {2}")
    @CsvSource(textBlock = """
            2026-11-19, UTC,              0, 2026-11-19T00:00:00Z, 2026-11-20T00:00:00Z, 24
            2026-11-19, UTC,              1, 2026-11-18T00:00:00Z, 2026-11-20T00:00:00Z, 48
            2026-03-08, America/New_York, 0, 2026-03-08T05:00:00Z, 2026-03-09T04:00:00Z, 23
            2026-11-01, America/New_York, 0, 2026-11-01T04:00:00Z, 2026-11-02T05:00:00Z, 25
            2026-03-29, Europe/Paris,     1, 2026-03-27T23:00:00Z, 2026-03-29T22:00:00Z, 47
            2026-11-19, Asia/Kolkata,     0, 2026-11-18T18:30:00Z, 2026-11-19T18:30:00Z, 24
            """)
    void aCalendarDayOfTheZonePlusTheLookback(LocalDate day, ZoneId zone, int lookback, Instant from, Instant to,
                                              int hours) {
        Window window = NightlyWindow.of(day, zone, lookback, 30);

        assertThat(window).isEqualTo(Window.of(from, to));
        assertThat(window.to() - window.from()).isEqualTo(hours * 3_600_000L);
    }

    @ParameterizedTest(name = "{0}: {1} intervals of 30 minutes")
    @CsvSource({"2026-03-08, 46", "2026-11-01, 50", "2026-11-19, 48"})
    void dstDaysHave23And25HoursOfIntervals(LocalDate day, int intervals) {
        Window window = NightlyWindow.of(day, ZoneId.of("America/New_York"), 0, 30);
        List<Span> loggedOnAllDay = List.of(Span.source(window.from() - 3_600_000L, Long.MAX_VALUE, AgentState.READY, null));

        assertThat(IntervalBuilder.build(loggedOnAllDay, window, 30)).hasSize(intervals)
                .allSatisfy(interval -> assertThat(interval.available()).isEqualTo(1800));
    }

    @Test
    void aZoneWhoseMidnightIsOffTheIntervalGridIsRefusedWithAHint() {
        ZoneId kathmandu = ZoneId.of("Asia/Kathmandu"); // UTC+5:45
        assertThatThrownBy(() -> NightlyWindow.of(LocalDate.of(2026, 11, 19), kathmandu, 0, 30))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--interval-minutes 15");
        assertThat(NightlyWindow.of(LocalDate.of(2026, 11, 19), kathmandu, 0, 15).from())
                .isEqualTo(Instant.parse("2026-11-18T18:15:00Z").toEpochMilli());
    }
}
