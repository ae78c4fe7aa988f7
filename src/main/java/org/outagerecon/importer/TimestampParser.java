package org.outagerecon.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps of the input files (data-contract.md §1): ISO-8601 with {@code T} or a space, seconds and any
 * number of fraction digits optional, an offset or {@code Z} optional. An offset wins; without one the row's
 * {@code time_zone} (minutes local time is ahead of UTC) applies, else the source zone, where a local time
 * that DST skips or repeats is rejected rather than guessed. The result is UTC, truncated to milliseconds.
 */
final class TimestampParser {

    private static final Pattern ISO = Pattern.compile(
            "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})[T ](?<hour>\\d{2}):(?<minute>\\d{2})"
            + "(?::(?<second>\\d{2})(?:\\.(?<fraction>\\d+))?)?"
            + "(?<offset>Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private TimestampParser() {
    }

    static OffsetDateTime parse(String text, Integer timeZoneMinutes, ZoneId sourceZone) throws Reject {
        Matcher matcher = ISO.matcher(text);
        if (!matcher.matches()) {
            throw new Reject(text + " is not an ISO-8601 timestamp");
        }
        try {
            int hour = Integer.parseInt(matcher.group("hour"));
            int minute = Integer.parseInt(matcher.group("minute"));
            int second = matcher.group("second") == null ? 0 : Integer.parseInt(matcher.group("second"));
            LocalTime time = LocalTime.of(hour, minute, second, nanosOfMillis(matcher.group("fraction")));
            LocalDate date = LocalDate.of(Integer.parseInt(matcher.group("year")),
                    Integer.parseInt(matcher.group("month")), Integer.parseInt(matcher.group("day")));
            LocalDateTime local = LocalDateTime.of(date, time);
            return local.atOffset(offset(text, local, matcher.group("offset"), timeZoneMinutes, sourceZone))
                    .withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new Reject(text + " is not a valid timestamp (" + e.getMessage() + ")");
        }
    }

    /** The first three fraction digits; the rest is truncated, not rounded. */
    private static int nanosOfMillis(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String millis = (fraction + "00").substring(0, 3);
        return Integer.parseInt(millis) * 1_000_000;
    }

    private static ZoneOffset offset(String text, LocalDateTime local, String written, Integer timeZoneMinutes,
                                     ZoneId sourceZone) throws Reject {
        if (written != null) {
            return ZoneOffset.of(written);
        }
        if (timeZoneMinutes != null) {
            return ZoneOffset.ofTotalSeconds(timeZoneMinutes * 60);
        }
        List<ZoneOffset> offsets = sourceZone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new Reject(text + " does not exist in " + sourceZone);
        }
        if (offsets.size() > 1) {
            throw new Reject(text + " is ambiguous in " + sourceZone + " (" + offsets.get(0) + " or " + offsets.get(1)
                    + ")");
        }
        return offsets.get(0);
    }
}
