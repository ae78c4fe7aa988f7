package org.outagerecon.job;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.outagerecon.agentmrd.AgentMrdReconciliation;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.gap.ReportingGap;
import org.outagerecon.rules.gap.ScopeGaps;
import org.outagerecon.rules.interval.AgentInterval;
import org.outagerecon.rules.task.LostSessions;
import org.outagerecon.rules.task.Task;
import org.outagerecon.rules.task.TaskRules;
import org.outagerecon.rules.timeline.AgentMrd;
import org.outagerecon.rules.timeline.HistoryCut;
import org.outagerecon.rules.timeline.Logout;
import org.outagerecon.rules.timeline.Span;
import org.outagerecon.system.LongTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Reconciles one window in one transaction (rules.md §7): deletes the window's rows, streams every agent-MRD
 * (§1–§4, §6) and every task (§5) through the rules and writes the new rows, with the outages' gap rows (§3),
 * so readers see the old result or the new one, never a mix. Source rows are read ahead on a connection of their
 * own ({@link ReadAhead}) while this thread applies the rules and writes.
 */
@Component
public class ReconcileWindowTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReconcileWindowTasklet.class);

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final ReferenceDataRepository referenceData;
    private final SourceRowReader sourceRows;
    private final TaskReader tasks;
    private final ReconciledTables tables;
    private final DetectionSettings detection;
    private final OutageDetector detector;
    private final SuspectedOutageTable suspected;

    public ReconcileWindowTasklet(DataSource dataSource, DSLContext dsl, ReferenceDataRepository referenceData,
                                  SourceRowReader sourceRows, TaskReader tasks, ReconciledTables tables,
                                  DetectionSettings detection, OutageDetector detector,
                                  SuspectedOutageTable suspected) {
        this.dataSource = dataSource;
        this.dsl = dsl;
        this.referenceData = referenceData;
        this.sourceRows = sourceRows;
        this.tasks = tasks;
        this.tables = tables;
        this.detection = detection;
        this.detector = detector;
        this.suspected = suspected;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long started = System.nanoTime();
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        ReconcileParameters parameters = ReconcileParameters.of(stepExecution.getJobParameters());
        Window window = parameters.window();
        Partition partition = LocalPartitioner.of(stepExecution.getExecutionContext());
        int intervalMinutes = parameters.intervalMinutes();
        ReferenceData reference = referenceData.load();

        Connection connection = DataSourceUtils.getConnection(dataSource);
        LongTransactions.exemptFromIdleTimeout(connection, dsl.dialect());
        tables.clearWindow(window, intervalMinutes, partition);
        long cleared = System.nanoTime();
        ReconciledTables.Writers writers = tables.writers(connection, window, intervalMinutes, partition);
        long[] rulesNanos = new long[1];
        long[] waitingNanos = new long[1];
        long read;
        try (writers; Progress progress = Progress.start("reconcile " + partition,
                sourceRows.estimateRows(dsl, window, partition), parameters.threads() == 1)) {
            SourceRowReader.CutCheck cutCheck = (agent, mrd, cut, rowsFromCut) ->
                    HistoryCut.isExact(cut, rowsFromCut, reference.agentMrd(agent, mrd), reference.outages());
            read = ReadAhead.<SourceRowReader.AgentMrdRows>forEach(dataSource, dsl,
                    (reading, sink) -> sourceRows.forEachAgentMrd(reading, window, partition, cutCheck, sink),
                    rows -> {
                        progress.advance(rows.rows().size());
                        long rulesStarted = System.nanoTime();
                        AgentMrd agentMrd = reference.agentMrd(rows.skillTargetId(), rows.mrDomainId());
                        AgentMrdReconciliation result = AgentMrdReconciliation.of(agentMrd, rows.rows(),
                                reference.outages(), window, intervalMinutes);
                        rulesNanos[0] += System.nanoTime() - rulesStarted;
                        write(writers, agentMrd, result);
                    }, waitingNanos);
            if (partition.ownsRowsWithoutAgent()) {
                for (ReportingGap gap : ScopeGaps.of(reference.outages(), reference.mrds().values(),
                        reference.orphanMillis(), window)) {
                    writers.gap(gap);
                }
                detectOutages(window, reference);
            }
            LostSessions lost = tasks.lostSessions(reference, window);
            read += ReadAhead.<Task>forEach(dataSource, dsl,
                    (reading, sink) -> tasks.forEachTask(reading, window, partition, sink),
                    task -> writers.task(TaskRules.apply(task, reference.outages(), reference.mrds()::get, lost)),
                    waitingNanos);
        }
        ReconciledTables.RowCounts counts = writers.counts();
        log.info(String.format(Locale.ROOT, "reconcile %s, agents %s: %.1f s: clearing the window %.1f s, waiting for"
                        + " source rows %.1f s, rules %.1f s, writing %.1f s%s", window, partition,
                (System.nanoTime() - started) / 1e9,
                (cleared - started) / 1e9, waitingNanos[0] / 1e9, rulesNanos[0] / 1e9, writers.sendingSeconds(),
                writers.replacingSeconds() == 0 ? "" : String.format(Locale.ROOT,
                        ", replacing by difference %.1f s (%d rows deleted or inserted)", writers.replacingSeconds(),
                        writers.rowsReplaced())));
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

    /**
     * rules.md §8: the window's suspected outages replace those an earlier run found, in this transaction. Done
     * once per window, by the partition that owns the rows without an agent; disabled, it leaves them alone.
     */
    private void detectOutages(Window window, ReferenceData reference) throws Exception {
        var settings = detection.settings();
        if (settings.isPresent()) {
            long started = System.nanoTime();
            int recorded = suspected.replace(window, detector.detect(window, settings.get(), reference));
            log.info(String.format(Locale.ROOT, "detect %s: %d suspected outages, %.1f s", window, recorded,
                    (System.nanoTime() - started) / 1e9));
        }
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
