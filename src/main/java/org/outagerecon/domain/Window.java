package org.outagerecon.domain;

import java.time.Instant;

/** A half-open run window {@code [from, to)} in epoch milliseconds (rules.md §7). */
public record Window(long from, long to) {

    public Window {
        if (to <= from) {
            throw new IllegalArgumentException("window end must be after its start");
        }
    }

    public static Window of(Instant from, Instant to) {
        return new Window(from.toEpochMilli(), to.toEpochMilli());
    }

    public boolean contains(long instant) {
        return instant >= from && instant < to;
    }

    /** Whether {@code [start, end)} shares a non-empty part with the window. */
    public boolean overlaps(long start, long end) {
        return start < to && end > from;
    }

    public long clipStart(long start) {
        return Math.max(start, from);
    }

    public long clipEnd(long end) {
        return Math.min(end, to);
    }

    @Override
    public String toString() {
        return "[" + Instant.ofEpochMilli(from) + ", " + Instant.ofEpochMilli(to) + ")";
    }
}
