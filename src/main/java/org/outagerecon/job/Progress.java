package org.outagerecon.job;

import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long step: a progress bar on an interactive terminal, otherwise (cron, systemd, Kubernetes) a
 * plain log line every {@value #LOG_EVERY_SECONDS} seconds.
 */
public abstract class Progress implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);
    private static final int LOG_EVERY_SECONDS = 10;

    /**
     * @param expected the rows the step expects to read, an estimate
     * @param bar      whether a bar may be drawn (not when several steps report at once)
     */
    public static Progress start(String task, long expected, boolean bar) {
        return bar && System.console() != null && isTerminal() ? new Bar(task, expected) : new Lines(task, expected);
    }

    public abstract void advance(long rows);

    @Override
    public abstract void close();

    /** Java 22 made System.console() non-null without a terminal; ask it where the method exists. */
    private static boolean isTerminal() {
        try {
            return (Boolean) System.console().getClass().getMethod("isTerminal").invoke(System.console());
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static final class Bar extends Progress {
        private final ProgressBar bar;

        Bar(String task, long expected) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(expected, 1)).setUnit(" rows", 1)
                    .showSpeed().setSpeedUnit(ChronoUnit.SECONDS).clearDisplayOnFinish().build();
        }

        @Override
        public void advance(long rows) {
            bar.stepBy(rows);
            if (bar.getCurrent() > bar.getMax()) {
                bar.maxHint(bar.getCurrent());
            }
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    private static final class Lines extends Progress {
        private final String task;
        private final long expected;
        private final long started = System.nanoTime();
        private long rows;
        private long nextLog = started + LOG_EVERY_SECONDS * 1_000_000_000L;

        Lines(String task, long expected) {
            this.task = task;
            this.expected = expected;
        }

        @Override
        public void advance(long count) {
            rows += count;
            long now = System.nanoTime();
            if (now >= nextLog) {
                nextLog = now + LOG_EVERY_SECONDS * 1_000_000_000L;
                double seconds = (now - started) / 1e9;
                log.info(String.format("%s: %,d of about %,d rows, %.0f s, %,.0f rows/s", task, rows, expected, seconds,
                        rows / seconds));
            }
        }

        @Override
        public void close() {
            // the step's own log line reports the totals
        }
    }
}
