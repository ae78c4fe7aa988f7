package org.outagerecon.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampParserTest {

    @ParameterizedTest(name = "{0} time_zone={1} in {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # text                          | time_zone | source zone         | UTC
            2026-11-20T14:01:17.196Z        |           | UTC                 | 2026-11-20T14:01:17.196Z
            2026-11-20T14:01:17.196-07:00   |           | UTC                 | 2026-11-20T21:01:17.196Z
            2026-11-20T14:01:17.196+0530    |           | UTC                 | 2026-11-20T08:31:17.196Z
            2026-11-20 14:01:17+00          |           | UTC                 | 2026-11-20T14:01:17Z
            2026-11-20T14:01:17.196-07:00   | 60        | Europe/Berlin       | 2026-11-20T21:01:17.196Z
            2026-11-20T14:01:17.196         | -420      | Europe/Berlin       | 2026-11-20T21:01:17.196Z
            2026-11-20 14:01:17.196         | 330       | UTC                 | 2026-11-20T08:31:17.196Z
            2026-11-20T14:01:17.196         |           | America/Los_Angeles | 2026-11-20T22:01:17.196Z
            2026-07-01 14:01                |           | America/Los_Angeles | 2026-07-01T21:01Z
            2026-11-20T14:01:17             |           | UTC                 | 2026-11-20T14:01:17Z
            2026-11-20T14:01:17.1           |           | UTC                 | 2026-11-20T14:01:17.100Z
            2026-11-20T14:01:17.123456789   |           | UTC                 | 2026-11-20T14:01:17.123Z
            2026-11-20T14:01:17.9999999999Z |           | UTC                 | 2026-11-20T14:01:17.999Z
            2026-03-08T02:30                | -480      | America/Los_Angeles | 2026-03-08T10:30Z
            2026-11-01T01:30                | -420      | America/Los_Angeles | 2026-11-01T08:30Z
            2026-11-01T01:30-08:00          |           | America/Los_Angeles | 2026-11-01T09:30Z
            """)
    void convertsToUtcMilliseconds(String text, Integer timeZone, String zone, OffsetDateTime utc) throws Reject {
        OffsetDateTime parsed = TimestampParser.parse(text, timeZone, ZoneId.of(zone));

        assertThat(parsed).isEqualTo(utc);
        assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-08T02:30       | America/Los_Angeles | 2026-03-08T02:30 does not exist in America/Los_Angeles
            2026-11-01T01:30       | America/Los_Angeles | 2026-11-01T01:30 is ambiguous in America/Los_Angeles (-07:00 or -08:00)
            yesterday              | UTC                 | yesterday is not an ISO-8601 timestamp
            2026-11-20             | UTC                 | 2026-11-20 is not an ISO-8601 timestamp
            20261120T140117Z       | UTC                 | 20261120T140117Z is not an ISO-8601 timestamp
            2026-11-20T14:01:17.   | UTC                 | 2026-11-20T14:01:17. is not an ISO-8601 timestamp
            2026-11-20T14:01+7     | UTC                 | 2026-11-20T14:01+7 is not an ISO-8601 timestamp
            2026-02-30T10:00       | UTC                 | 2026-02-30T10:00 is not a valid timestamp
            2026-11-20T24:00       | UTC                 | 2026-11-20T24:00 is not a valid timestamp
            2026-11-20T10:00+19:00 | UTC                 | 2026-11-20T10:00+19:00 is not a valid timestamp
            """)
    void rejects(String text, String zone, String reason) {
        assertThatThrownBy(() -> TimestampParser.parse(text, null, ZoneId.of(zone)))
                .isInstanceOf(Reject.class).hasMessageStartingWith(reason);
    }
}
