package org.outagerecon.run;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reconcile job. No incrementer: the window is the identifying parameter set, so a failed window is
 * restarted rather than run as a new instance (see {@link ReconcileLauncher}).
 */
@Configuration(proxyBeanMethods = false)
class ReconcileJobConfiguration {

    static final String JOB_NAME = "reconcile";

    @Bean
    Job reconcileJob(JobRepository jobRepository, Step reconcileWindowStep, RunRecorder runRecorder) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(runRecorder)
                .start(reconcileWindowStep)
                .build();
    }

    @Bean
    Step reconcileWindowStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             ReconcileWindowTasklet tasklet, StepLog stepLog) {
        return new StepBuilder("reconcileWindow", jobRepository)
                .tasklet(tasklet, transactionManager)
                .listener(stepLog)
                .build();
    }
}
