package org.outagerecon.job;

import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** One log line per step: rows in, rows out, rejects, seconds, rows/s. */
@Component
public class StepLog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLog.class);

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        double seconds = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0;
        long rejects = step.getReadSkipCount() + step.getProcessSkipCount() + step.getWriteSkipCount();
        log.info("step {}: {} rows in, {} rows out, {} rejects, {} s, {} rows/s, {}", step.getStepName(),
                step.getReadCount(), step.getWriteCount(), rejects, String.format("%.1f", seconds),
                seconds > 0 ? Math.round(step.getReadCount() / seconds) : step.getReadCount(), step.getStatus());
        return step.getExitStatus();
    }
}
