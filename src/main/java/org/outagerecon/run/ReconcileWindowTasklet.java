package org.outagerecon.run;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.outagerecon.gap.ReportingGap;
import org.outagerecon.gap.ScopeGaps;
import org.outagerecon.interval.AgentInterval;
import org.outagerecon.task.TaskLife;
import org.outagerecon.task.TaskReader;
import org.outagerecon.timeline.AgentMrd;
import org.outagerecon.timeline.AgentMrdReconciliation;
import org.outagerecon.timeline.HistoryCut;
import org.outagerecon.timeline.Logout;
import org.outagerecon.timeline.SourceRowReader;
import org.outagerecon.timeline.Span;
import org.outagerecon.timeline.StateRow;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Reconciles one window in one transaction (rules.md §7): deletes the window's rows, streams every agent-MRD
 * (§1–§4, §6) and every task (§5) through the rules and writes the new rows, with the outages' gap rows (§3),
 * so readers see the old result or the new one, never a mix.
 */
@Component
public class ReconcileWindowTasklet implements Tasklet {

    private final DataSource dataSource;
    private final ReferenceDataRepository referenceData;
    private final SourceRowReader sourceRows;
    private final TaskReader tasks;
    private final ReconciledTables tables;

    public ReconcileWindowTasklet(DataSource dataSource, ReferenceDataRepository referenceData,
                                  SourceRowReader sourceRows, TaskReader tasks, ReconciledTables tables) {
        this.dataSource = dataSource;
        this.referenceData = referenceData;
        this.sourceRows = sourceRows;
        this.tasks = tasks;
        this.tables = tables;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        ReconcileParameters parameters = ReconcileParameters.of(stepExecution.getJobParameters());
        Window window = parameters.window();
        ReferenceData reference = referenceData.load();

        Partition partition = parameters.partition();
        tables.clearWindow(window, parameters.intervalMinutes(), partition);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        ReconciledTables.Writers writers = tables.writers(connection, parameters.intervalMinutes());
        long read;
        try (writers; Progress progress = Progress.start("reconcile", sourceRows.estimateRows(window, partition))) {
            read = sourceRows.forEachAgentMrd(window, partition, rows -> {
                progress.advance(rows.rows().size());
                AgentMrd agentMrd = reference.agentMrd(rows.skillTargetId(), rows.mrDomainId());
                List<StateRow> history = rows.cut() == null
                        || HistoryCut.isExact(rows.cut(), rows.rows(), agentMrd, reference.outages())
                        ? rows.rows()
                        : sourceRows.allHistory(rows.skillTargetId(), rows.mrDomainId(), window.to());
                write(writers, agentMrd, AgentMrdReconciliation.of(agentMrd, history, reference.outages(), window,
                        parameters.intervalMinutes()));
            });
            if (partition.ownsRowsWithoutAgent()) {
                for (ReportingGap gap : ScopeGaps.of(reference.outages(), reference.mrds().values(), window)) {
                    writers.gap(gap);
                }
            }
            read += tasks.forEachTask(window, partition,
                    task -> writers.task(TaskLife.apply(task, reference.outages(), reference.mrds()::get)));
        }
        ReconciledTables.RowCounts counts = writers.counts();
        stepExecution.setReadCount(read);
        contribution.incrementWriteCount(counts.total());
        var context = stepExecution.getExecutionContext();
        context.putLong(RunRecorder.SPAN_ROWS, counts.spans());
        context.putLong(RunRecorder.LOGOUT_ROWS, counts.logouts());
        context.putLong(RunRecorder.GAP_ROWS, counts.gaps());
        context.putLong(RunRecorder.INTERVAL_ROWS, counts.intervals());
        context.putLong(RunRecorder.TASK_ROWS, counts.tasks());
        return RepeatStatus.FINISHED;
    }

    private static void write(ReconciledTables.Writers writers, AgentMrd agentMrd, AgentMrdReconciliation result)
            throws Exception {
        for (Span span : result.spans()) {
            writers.span(agentMrd, span);
        }
        for (Logout logout : result.logouts()) {
            writers.logout(agentMrd, logout);
        }
        for (ReportingGap gap : result.gaps()) {
            writers.gap(gap);
        }
        for (AgentInterval interval : result.intervals()) {
            writers.interval(agentMrd, interval);
        }
    }
}
