package org.outagerecon.job;

import org.outagerecon.domain.Window;
import org.outagerecon.system.BadInputException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Starts the reconcile job for a window. A window whose last instance failed or was stopped is restarted (same
 * instance); a window that completed before gets a new instance (the next generation), so rerunning a window
 * after new data always reconciles it again. An execution whose end Spring Batch could not record (UNKNOWN,
 * say the database went away at commit) cannot be restarted; since a run's rows are written in one transaction,
 * it left either all of them or none, so it is abandoned and the window runs again as the next generation.
 */
@Service
public class ReconcileLauncher {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job reconcileJob;
    private final WindowLock windowLock;
    private final RunRecorder runRecorder;

    public ReconcileLauncher(JobOperator jobOperator, JobRepository jobRepository, Job reconcileJob,
                             WindowLock windowLock, RunRecorder runRecorder) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.reconcileJob = reconcileJob;
        this.windowLock = windowLock;
        this.runRecorder = runRecorder;
    }

    /**
     * Runs the job for the window, holding the window's lock.
     *
     * @throws WindowBusyException when another run holds part of the window
     */
    public JobExecution run(ReconcileParameters parameters) throws Exception {
        requireAligned(parameters.window(), parameters.intervalMinutes());
        try (WindowLock.Held held = windowLock.acquire(parameters.window(), parameters.partition())) {
            return startOrRestart(parameters);
        }
    }

    private JobExecution startOrRestart(ReconcileParameters parameters) throws Exception {
        for (long generation = 1; ; generation++) {
            JobParameters jobParameters = parameters.toJobParameters(generation);
            JobInstance instance = jobRepository.getJobInstance(ReconcileJobConfiguration.JOB_NAME, jobParameters);
            JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
            if (last == null) {
                return jobOperator.start(reconcileJob, jobParameters);
            }
            if (last.getStatus().isRunning()) {
                // Marked as running, but we hold the window: the process that ran it died (kill -9, power loss).
                last = jobOperator.recover(last);
                runRecorder.recordDied(last);
            }
            if (last.getStatus() == BatchStatus.UNKNOWN) {
                // JobOperator.abandon keeps UNKNOWN (it only "upgrades" a status), so set it here.
                last.setStatus(BatchStatus.ABANDONED);
                jobRepository.update(last);
                runRecorder.recordDied(last);
            }
            if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
                continue;
            }
            return jobOperator.restart(last);
        }
    }

    /** rules.md §6/§7: a window starts and ends on interval boundaries (UTC), so every interval has one owner. */
    public static void requireAligned(Window window, int intervalMinutes) {
        if (intervalMinutes != 15 && intervalMinutes != 30) {
            throw new BadInputException("--interval-minutes must be 15 or 30, not " + intervalMinutes);
        }
        long length = intervalMinutes * 60_000L;
        if (window.from() % length != 0 || window.to() % length != 0) {
            boolean fifteenMinuteAligned = window.from() % 900_000 == 0 && window.to() % 900_000 == 0;
            throw new BadInputException("window " + window + " is not aligned to " + intervalMinutes
                    + "-minute intervals in UTC" + (fifteenMinuteAligned ? " (try --interval-minutes 15)" : ""));
        }
    }
}
