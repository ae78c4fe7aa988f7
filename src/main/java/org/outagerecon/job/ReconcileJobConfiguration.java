package org.outagerecon.job;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reconcile job: one partitioned step whose workers (one per {@code --threads}, see {@link LocalPartitioner})
 * each reconcile a share of the agents in a transaction of their own. No incrementer: the window is the
 * identifying parameter set, so a failed window is restarted rather than run as a new instance (see
 * {@link ReconcileLauncher}); a restart runs again only the workers that did not complete.
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
    Step reconcileWindowStep(JobRepository jobRepository, Step reconcilePartitionStep,
                             LocalPartitioner localPartitioner) {
        return new StepBuilder("reconcileWindow", jobRepository)
                .partitioner("reconcilePartition", localPartitioner)
                .step(reconcilePartitionStep)
                .taskExecutor(new SimpleAsyncTaskExecutor("reconcile-"))
                .build();
    }

    @Bean
    Step reconcilePartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                ReconcileWindowTasklet tasklet, StepLog stepLog) {
        return new StepBuilder("reconcilePartition", jobRepository)
                .tasklet(tasklet, transactionManager)
                .listener(stepLog)
                .build();
    }

    @Bean
    @StepScope
    LocalPartitioner localPartitioner(
            @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) {
        return new LocalPartitioner(ReconcileParameters.of(parameters));
    }
}
