package org.outagerecon.generate;

/** {@code [start, end)} in epoch milliseconds. */
record TimeRange(long start, long end) {

    boolean contains(long instant) {
        return start <= instant && instant < end;
    }

    boolean overlaps(long otherStart, long otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
