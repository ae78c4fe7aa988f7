package org.outagerecon.generate;

import java.util.SplittableRandom;

/**
 * How a source row writes its instants. Mostly UTC; the rest exercise the other timestamp rules of
 * data-contract.md §1: an explicit offset, an explicit offset that wins over {@code time_zone}, and local time
 * converted with {@code time_zone}.
 */
enum TimestampStyle {
    /** {@code 2026-11-19T16:00:00.000Z}, no time_zone. */
    UTC,
    /** UTC, with the site's time_zone beside it, as an extract that converts HDS times keeps it. */
    UTC_WITH_TIME_ZONE,
    /** {@code 2026-11-19T09:00:00.000-07:00}. */
    OFFSET,
    /** {@code 2026-11-19T09:00:00.000} with time_zone -420. */
    LOCAL;

    private static final long OFFSET_MILLIS = Site.LOCAL_OFFSET.getTotalSeconds() * 1000L;
    private static final String TIME_ZONE = Integer.toString(Site.LOCAL_OFFSET.getTotalSeconds() / 60);

    /** 70 % UTC, 10 % each of the others. */
    static TimestampStyle pick(SplittableRandom rng) {
        int roll = rng.nextInt(10);
        return roll < 7 ? UTC : values()[roll - 6];
    }

    String format(long epochMillis) {
        return switch (this) {
            case UTC, UTC_WITH_TIME_ZONE -> Timestamps.utc(epochMillis);
            case OFFSET -> Timestamps.local(epochMillis, OFFSET_MILLIS) + Site.LOCAL_OFFSET.getId();
            case LOCAL -> Timestamps.local(epochMillis, OFFSET_MILLIS);
        };
    }

    String timeZone() {
        return this == UTC ? "" : TIME_ZONE;
    }
}
