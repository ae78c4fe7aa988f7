package org.outagerecon.job;

import static org.outagerecon.db.recon.Tables.RUN;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.outagerecon.domain.Instants;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code recon.run}: one row per execution of the reconcile job, written before it starts (so a crash
 * leaves a trace) and completed with its status and row counts when it ends.
 */
@Component
public class RunRecorder implements JobExecutionListener {

    public static final String SPAN_ROWS = "spanRows";
    public static final String LOGOUT_ROWS = "logoutRows";
    public static final String GAP_ROWS = "gapRows";
    public static final String INTERVAL_ROWS = "intervalRows";
    public static final String TASK_ROWS = "taskRows";
    private static final String RUN_ID = "runId";

    private final DSLContext dsl;

    public RunRecorder(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        ReconcileParameters parameters = ReconcileParameters.of(execution.getJobParameters());
        Long runId = dsl.insertInto(RUN)
                .set(RUN.JOB_EXECUTION_ID, execution.getId())
                .set(RUN.TRIGGER, parameters.trigger().name())
                .set(RUN.WINDOW_START, Instants.utc(parameters.window().from()))
                .set(RUN.WINDOW_END, Instants.utc(parameters.window().to()))
                .set(RUN.INTERVAL_MINUTES, (short) parameters.intervalMinutes())
                .set(RUN.RUN_PARTITION, parameters.partition().toString())
                .set(RUN.STARTED_AT, now())
                .set(RUN.STATUS, BatchStatus.STARTED.name())
                .returningResult(RUN.RUN_ID).fetchOne(RUN.RUN_ID);
        execution.getExecutionContext().putLong(RUN_ID, runId);
    }

    @Override
    public void afterJob(JobExecution execution) {
        long sourceRows = 0;
        long[] counts = new long[5];
        String[] keys = {SPAN_ROWS, LOGOUT_ROWS, GAP_ROWS, INTERVAL_ROWS, TASK_ROWS};
        for (StepExecution step : execution.getStepExecutions()) {
            if (!LocalPartitioner.isWorker(step.getExecutionContext())) {
                continue; // the partitioned step only adds up its workers' counts
            }
            sourceRows += step.getReadCount();
            for (int i = 0; i < keys.length; i++) {
                counts[i] += step.getExecutionContext().getLong(keys[i], 0L);
            }
        }
        String message = execution.getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst()
                .orElse(null);
        dsl.update(RUN)
                .set(RUN.FINISHED_AT, now())
                .set(RUN.STATUS, execution.getStatus().name())
                .set(RUN.SOURCE_ROWS, sourceRows)
                .set(RUN.SPAN_ROWS, counts[0])
                .set(RUN.LOGOUT_ROWS, counts[1])
                .set(RUN.GAP_ROWS, counts[2])
                .set(RUN.INTERVAL_ROWS, counts[3])
                .set(RUN.TASK_ROWS, counts[4])
                .set(RUN.MESSAGE, message == null ? null : message.substring(0, Math.min(message.length(), 4000)))
                .where(RUN.RUN_ID.eq(execution.getExecutionContext().getLong(RUN_ID)))
                .execute();
    }

    /**
     * The run of an execution whose process died (or whose end could not be recorded): finished now, with the
     * status Spring Batch gave it on recovery, so that recon.run shows no run STARTED forever.
     */
    public void recordDied(JobExecution execution) {
        dsl.update(RUN)
                .set(RUN.FINISHED_AT, now())
                .set(RUN.STATUS, execution.getStatus().name())
                .set(RUN.MESSAGE, "the process running it died; the next run of the window took over")
                .where(RUN.JOB_EXECUTION_ID.eq(execution.getId()), RUN.FINISHED_AT.isNull())
                .execute();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
