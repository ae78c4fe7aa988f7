package org.outagerecon.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * rules.md §8.3: {@code <origin>-<component>-<scope>-<started_at in UTC as yyyyMMdd'T'HHmmss.SSS'Z'>}, e.g.
 * {@code SUSPECTED-PG-5000-20261119T101213.196Z}; the scope is the value of the component's scope column.
 */
public final class OutageId {

    private static final DateTimeFormatter STARTED_AT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private OutageId() {
    }

    public static String of(String prefix, Component component, int scope, long startedAtMillis) {
        return prefix + "-" + component + "-" + scope + "-" + STARTED_AT.format(Instant.ofEpochMilli(startedAtMillis));
    }
}
