package org.outagerecon.run;

import java.time.Instant;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The reconcile job's parameters. The window, the interval length and the partition identify a job instance,
 * with a generation number so that a completed window can be run again; the trigger does not identify it.
 */
public record ReconcileParameters(Window window, int intervalMinutes, Partition partition, Trigger trigger) {

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
                .toJobParameters();
    }

    public static ReconcileParameters of(JobParameters parameters) {
        return new ReconcileParameters(
                Window.of(Instant.parse(parameters.getString("from")), Instant.parse(parameters.getString("to"))),
                parameters.getLong("intervalMinutes").intValue(),
                Partition.parse(parameters.getString("partition", Partition.ALL.toString())),
                Trigger.valueOf(parameters.getString("trigger", Trigger.WINDOW.name())));
    }
}
