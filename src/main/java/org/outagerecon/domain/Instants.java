package org.outagerecon.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The rules work in epoch milliseconds; the tables hold {@code TIMESTAMP WITH TIME ZONE} in UTC. */
public final class Instants {

    private Instants() {
    }

    public static OffsetDateTime utc(long epochMillis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    /** Null for the open end of a span or outage ({@code Long.MAX_VALUE}). */
    public static OffsetDateTime utcOrNull(long epochMillis) {
        return epochMillis == Long.MAX_VALUE ? null : utc(epochMillis);
    }

    public static long millis(OffsetDateTime time) {
        return time.toInstant().toEpochMilli();
    }
}
