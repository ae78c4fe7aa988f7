package org.outagerecon.job;

import java.time.Instant;
import org.outagerecon.domain.Window;
import org.outagerecon.system.BadInputException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The reconcile job's parameters. The window, the interval length and the partition identify a job instance,
 * with a generation number so that a completed window can be run again; the trigger and the number of threads do
 * not identify it (a restart keeps the split of the run it restarts).
 *
 * @param threads local partitions of {@code partition} run side by side, each replacing its rows in a transaction
 *                of its own; 1 replaces the whole window in one transaction
 */
public record ReconcileParameters(Window window, int intervalMinutes, Partition partition, Trigger trigger,
                                  int threads) {

    /** More would mostly wait on the database, whose write work is what the threads share out. */
    public static final int MAX_THREADS = 8;

    public ReconcileParameters {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new BadInputException("--threads must be between 1 and " + MAX_THREADS + ", not " + threads);
        }
    }

    public ReconcileParameters(Window window, int intervalMinutes, Partition partition, Trigger trigger) {
        this(window, intervalMinutes, partition, trigger, 1);
    }

    public ReconcileParameters(Window window, int intervalMinutes, Trigger trigger) {
        this(window, intervalMinutes, Partition.ALL, trigger);
    }

    public JobParameters toJobParameters(long generation) {
        return new JobParametersBuilder()
                .addString("from", Instant.ofEpochMilli(window.from()).toString())
                .addString("to", Instant.ofEpochMilli(window.to()).toString())
                .addLong("intervalMinutes", (long) intervalMinutes)
                .addString("partition", partition.toString())
                .addLong("generation", generation)
                .addString("trigger", trigger.name(), false)
                .addLong("threads", (long) threads, false)
                .toJobParameters();
    }

    public static ReconcileParameters of(JobParameters parameters) {
        return new ReconcileParameters(
                Window.of(Instant.parse(parameters.getString("from")), Instant.parse(parameters.getString("to"))),
                parameters.getLong("intervalMinutes").intValue(),
                Partition.parse(parameters.getString("partition", Partition.ALL.toString())),
                Trigger.valueOf(parameters.getString("trigger", Trigger.WINDOW.name())),
                parameters.getLong("threads", 1L).intValue());
    }
}
