package org.outagerecon.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as the page shows them: in the configured zone, with UTC for tooltips; durations in words. */
final class TimeText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    TimeText(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    /** "2026-11-19 16:00:00 (UTC+01:00)"-style: date, time and offset in the zone. */
    String dateTime(OffsetDateTime time) {
        var local = time.atZoneSameInstant(zone);
        return DATE_TIME.format(local) + " " + offset(local.getOffset().getId());
    }

    /** To the millisecond, in the zone: the tooltips of spans. */
    String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }

    /** Hours and minutes in the zone: the axis ticks. */
    String clock(long epochMillis) {
        return CLOCK.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }

    static String utc(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    static String utc(OffsetDateTime time) {
        return time.toInstant().toString();
    }

    private static String offset(String id) {
        return "Z".equals(id) ? "UTC" : "UTC" + id;
    }

    /** "1 h 02 min 05 s", "3 min 30 s", "12 s". */
    static String duration(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            return String.format("%d h %02d min %02d s", hours, minutes, rest);
        }
        if (minutes > 0) {
            return String.format("%d min %02d s", minutes, rest);
        }
        return rest + " s";
    }
}
