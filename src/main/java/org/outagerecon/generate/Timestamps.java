package org.outagerecon.generate;

import java.time.LocalDate;

/** ISO-8601 to the millisecond, written by hand: a few million of them must take well under a second. */
final class Timestamps {
    private static final long DAY = 86_400_000L;

    private Timestamps() {
    }

    /** {@code 2026-11-19T16:00:00.000Z}. */
    static String utc(long epochMillis) {
        return dateTime(epochMillis) + "Z";
    }

    /** {@code 2026-11-19T16:00:00.000} for the instant shifted by {@code offsetMillis}. */
    static String local(long epochMillis, long offsetMillis) {
        return dateTime(epochMillis + offsetMillis);
    }

    private static String dateTime(long millis) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(millis, DAY));
        int ofDay = (int) Math.floorMod(millis, DAY);
        char[] text = "0000-00-00T00:00:00.000".toCharArray();
        digits(text, 0, 4, date.getYear());
        digits(text, 5, 2, date.getMonthValue());
        digits(text, 8, 2, date.getDayOfMonth());
        digits(text, 11, 2, ofDay / 3_600_000);
        digits(text, 14, 2, ofDay / 60_000 % 60);
        digits(text, 17, 2, ofDay / 1000 % 60);
        digits(text, 20, 3, ofDay % 1000);
        return new String(text);
    }

    private static void digits(char[] text, int from, int width, int value) {
        for (int i = from + width - 1; i >= from; i--, value /= 10) {
            text[i] = (char) ('0' + value % 10);
        }
    }
}
