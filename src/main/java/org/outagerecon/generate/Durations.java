package org.outagerecon.generate;

import java.util.SplittableRandom;

/** Random durations in milliseconds. */
final class Durations {
    static final long SECOND = 1000;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;

    private Durations() {
    }

    static long seconds(double seconds) {
        return Math.round(seconds * SECOND);
    }

    static long minutes(double minutes) {
        return Math.round(minutes * MINUTE);
    }

    /** Uniform in {@code [min, max)}, to the millisecond. */
    static long between(SplittableRandom rng, long min, long max) {
        return rng.nextLong(min, max);
    }

    /** At least {@code min}, then exponential with mean {@code meanExtra}: many short, a few long. */
    static long atLeast(SplittableRandom rng, long min, long meanExtra) {
        return min + Math.round(-Math.log(1 - rng.nextDouble()) * meanExtra);
    }
}
