package org.outagerecon.job;

import static org.outagerecon.db.hds.Tables.TERMINATION_CALL_DETAIL;
import static org.outagerecon.db.recon.Tables.AGENT_INTERVAL;
import static org.outagerecon.db.recon.Tables.AGENT_LOGOUT;
import static org.outagerecon.db.recon.Tables.AGENT_STATE_SPAN;
import static org.outagerecon.db.recon.Tables.REPORTING_GAP;
import static org.outagerecon.db.recon.Tables.RUN;
import static org.outagerecon.db.recon.Tables.TASK;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.gap.ReportingGap;
import org.outagerecon.rules.interval.AgentInterval;
import org.outagerecon.rules.task.ReconciledTask;
import org.outagerecon.rules.task.Task;
import org.outagerecon.rules.timeline.AgentMrd;
import org.outagerecon.rules.timeline.Logout;
import org.outagerecon.rules.timeline.Span;
import org.outagerecon.system.BulkInsert;
import org.springframework.stereotype.Repository;

/**
 * The reconciled tables of data-contract.md §2 as one run sees them: what belongs to a window (rules.md §7),
 * and writers for new rows. A run deletes its window and writes the new rows in one transaction.
 */
@Repository
public class ReconciledTables {

    private final DSLContext dsl;

    public ReconciledTables(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Makes room for a run's rows (rules.md §7): every row of the partition that belongs to the window goes (by
     * span start, logout, task start, gap start, interval start). Spans and gap rows that earlier, overlapping
     * windows wrote across {@code from} or {@code to} are first split there, so each instant stays covered once,
     * as §1's window split says ({@code [a, c)} = {@code [a, b)} + {@code [b, c)}, rows crossing b split there).
     * On PostgreSQL the large tables (spans, intervals, tasks) keep their rows until {@link Writers#close}
     * replaces them by difference.
     */
    public void clearWindow(Window window, int intervalMinutes, Partition partition) {
        var from = Instants.utc(window.from());
        var to = Instants.utc(window.to());
        // A span or gap row is never longer than the window that wrote it: this bounds how early one may start.
        var earliestCrossing = Instants.utc(window.from() - longestWindowWritten());
        var span = AGENT_STATE_SPAN;
        splitAtWindowBounds(span, span.SPAN_START, span.SPAN_END, earliestCrossing, from, to,
                partition.condition(span.SKILL_TARGET_ID));
        var gap = REPORTING_GAP;
        splitAtWindowBounds(gap, gap.GAP_START, gap.GAP_END, earliestCrossing, from, to,
                partition.conditionOrNull(gap.SKILL_TARGET_ID));
        dsl.deleteFrom(gap).where(gap.GAP_START.ge(from), gap.GAP_START.lt(to),
                partition.conditionOrNull(gap.SKILL_TARGET_ID)).execute();
        var logout = AGENT_LOGOUT;
        dsl.deleteFrom(logout).where(logout.LOGOUT_DATE_TIME.ge(from), logout.LOGOUT_DATE_TIME.lt(to),
                partition.condition(logout.SKILL_TARGET_ID)).execute();
        if (!replacesByDifference()) {
            for (Replaced replaced : Replaced.values()) {
                dsl.deleteFrom(replaced.table).where(replaced.ofWindow(window, intervalMinutes, partition)).execute();
            }
        }
    }

    /**
     * The tables a run replaces by difference on PostgreSQL: a rerun (every night's lookback day) mostly writes
     * what is there already, and deleting and inserting millions of unchanged rows costs more than comparing them
     * (12,000-agent rerun: 8.4 s deleting and 22.2 s writing, the primary keys probing the dead rows of the
     * delete; by difference 6.3 s staging and 8.0 s comparing).
     */
    private enum Replaced {
        SPANS(AGENT_STATE_SPAN, AGENT_STATE_SPAN.SKILL_TARGET_ID, AGENT_STATE_SPAN.MR_DOMAIN_ID,
                AGENT_STATE_SPAN.SPAN_START),
        INTERVALS(AGENT_INTERVAL, AGENT_INTERVAL.SKILL_TARGET_ID, AGENT_INTERVAL.MR_DOMAIN_ID,
                AGENT_INTERVAL.INTERVAL_MINUTES, AGENT_INTERVAL.INTERVAL_START),
        TASKS(TASK, TASK.RECOVERY_KEY);

        private final Table<?> table;
        private final List<Field<?>> key;
        private final Table<?> staged;

        Replaced(Table<?> table, Field<?>... key) {
            this.table = table;
            this.key = List.of(key);
            this.staged = DSL.table(DSL.name("recon_staged_" + table.getName()));
        }

        /** The rows of the table that the window's run replaces. */
        Condition ofWindow(Window window, int intervalMinutes, Partition partition) {
            var from = Instants.utc(window.from());
            var to = Instants.utc(window.to());
            return switch (this) {
                case SPANS -> AGENT_STATE_SPAN.SPAN_START.ge(from).and(AGENT_STATE_SPAN.SPAN_START.lt(to))
                        .and(partition.condition(AGENT_STATE_SPAN.SKILL_TARGET_ID));
                case INTERVALS -> AGENT_INTERVAL.INTERVAL_START.ge(from).and(AGENT_INTERVAL.INTERVAL_START.lt(to))
                        .and(AGENT_INTERVAL.INTERVAL_MINUTES.eq((short) intervalMinutes))
                        .and(partition.condition(AGENT_INTERVAL.SKILL_TARGET_ID));
                // By key too: a task re-imported with a start in this window (or another agent) may still sit
                // elsewhere.
                case TASKS -> TASK.TASK_START.ge(from).and(TASK.TASK_START.lt(to))
                        .and(partition.conditionOrNull(TASK.AGENT_SKILL_TARGET_ID))
                        .or(TASK.RECOVERY_KEY.in(DSL.select(TERMINATION_CALL_DETAIL.RECOVERY_KEY)
                                .from(TERMINATION_CALL_DETAIL)
                                .where(TERMINATION_CALL_DETAIL.START_DATE_TIME.ge(from),
                                        TERMINATION_CALL_DETAIL.START_DATE_TIME.lt(to),
                                        partition.conditionOrNull(TERMINATION_CALL_DETAIL.AGENT_SKILL_TARGET_ID))));
            };
        }

        /** A column of {@code table}'s rows as another relation (staged, current, changed) holds them. */
        @SuppressWarnings("unchecked")
        static <T> Field<T> columnOf(Table<?> relation, Field<T> column) {
            return (Field<T>) DSL.field(DSL.name(relation.getName(), column.getName()), column.getDataType());
        }

        private List<Field<?>> columnsOf(Table<?> relation) {
            return Arrays.stream(table.fields()).<Field<?>>map(column -> columnOf(relation, column)).toList();
        }

        /**
         * The window's rows and the staged ones that differ: each pair matched by key is compared in every
         * column; a key on one side only differs too. One hash join, where a delete and an insert each
         * anti-joining the other side took two.
         */
        Select<?> differences(Condition ofWindow) {
            Table<?> current = DSL.select(DSL.field(ROW_ID).as(OLD_ROW)).select(table.fields()).from(table)
                    .where(ofWindow).asTable("current_rows");
            Condition sameKey = DSL.noCondition();
            for (Field<?> column : key) {
                sameKey = sameKey.and(sameValue(column, current, true));
            }
            Condition sameRest = DSL.noCondition();
            for (Field<?> column : table.fields()) {
                if (!key.contains(column)) {
                    sameRest = sameRest.and(sameValue(column, current, false));
                }
            }
            Field<?> firstKey = key.get(0);
            return DSL.select(columnOf(current, DSL.field(OLD_ROW))).select(columnsOf(staged))
                    .from(staged).fullJoin(current).on(sameKey)
                    .where(columnOf(staged, firstKey).isNull().or(columnOf(current, firstKey).isNull())
                            .or(DSL.not(sameRest)));
        }

        private <T> Condition sameValue(Field<T> column, Table<?> current, boolean keyColumn) {
            return keyColumn ? columnOf(staged, column).eq(columnOf(current, column))
                    : columnOf(staged, column).isNotDistinctFrom(columnOf(current, column));
        }
    }

    /** PostgreSQL's address of a row version, stable inside the transaction that replaces the window. */
    private static final Name ROW_ID = DSL.name("ctid");
    private static final Name OLD_ROW = DSL.name("old_row");

    private boolean replacesByDifference() {
        return dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    /**
     * Cuts the rows of {@code table} that cross {@code from} or {@code to} in two there: a row covering the whole
     * window keeps a copy of its part after {@code to}, a row starting inside the window keeps only that part,
     * and a row starting before it ends at {@code from}. The parts inside the window are then deleted.
     */
    private <R extends Record> void splitAtWindowBounds(Table<R> table, TableField<R, OffsetDateTime> start,
                                                        TableField<R, OffsetDateTime> end,
                                                        OffsetDateTime earliestCrossing, OffsetDateTime from,
                                                        OffsetDateTime to, Condition partition) {
        List<Field<?>> columns = List.of(table.fields());
        List<Field<?>> tail = columns.stream().<Field<?>>map(column -> column.equals(start) ? DSL.val(to, start) : column)
                .toList();
        dsl.insertInto(table).columns(columns).select(DSL.select(tail).from(table)
                .where(start.ge(earliestCrossing), start.lt(from), end.gt(to), partition)).execute();
        dsl.update(table).set(start, to).where(start.ge(from), start.lt(to), end.gt(to), partition).execute();
        dsl.update(table).set(end, from).where(start.ge(earliestCrossing), start.lt(from), end.gt(from), partition)
                .execute();
    }

    /** The length of the longest window any run reconciled, in ms (0 before the first run). */
    private long longestWindowWritten() {
        long longest = 0;
        for (var run : dsl.select(RUN.WINDOW_START, RUN.WINDOW_END).from(RUN).fetch()) {
            longest = Math.max(longest, Instants.millis(run.value2()) - Instants.millis(run.value1()));
        }
        return longest;
    }

    /** Writers for one run, on the transaction's connection. */
    public Writers writers(Connection connection, Window window, int intervalMinutes, Partition partition)
            throws SQLException {
        return new Writers(connection, window, intervalMinutes, partition);
    }

    /**
     * One batch writer per table; closing flushes them. On PostgreSQL the large tables' rows go to temporary
     * tables first, and closing replaces the window's rows by difference: unchanged rows stay where they are.
     */
    public final class Writers implements AutoCloseable {
        private final Connection connection;
        /** The run's own session: the temporary tables live there. */
        private final DSLContext onConnection;
        private final Window window;
        private final int intervalMinutes;
        private final Partition partition;
        private final BulkInsert spans;
        private final BulkInsert logouts;
        private final BulkInsert gaps;
        private final BulkInsert intervals;
        private final BulkInsert tasks;
        private final Set<Replaced> staged = EnumSet.noneOf(Replaced.class);
        private long replacingNanos;
        private long rowsReplaced;

        private Writers(Connection connection, Window window, int intervalMinutes, Partition partition)
                throws SQLException {
            this.connection = connection;
            this.onConnection = DSL.using(connection, dsl.dialect(), dsl.settings());
            this.window = window;
            this.intervalMinutes = intervalMinutes;
            this.partition = partition;
            var s = AGENT_STATE_SPAN;
            spans = into(Replaced.SPANS, List.of(s.SKILL_TARGET_ID, s.MR_DOMAIN_ID, s.PERIPHERAL_ID,
                    s.SPAN_START, s.SPAN_END, s.AGENT_STATE, s.REASON_CODE, s.PROVENANCE, s.OUTAGE_ID, s.RULE));
            var l = AGENT_LOGOUT;
            logouts = BulkInsert.into(dsl, connection, l, List.of(l.SKILL_TARGET_ID, l.MR_DOMAIN_ID, l.LOGIN_DATE_TIME,
                    l.LOGOUT_DATE_TIME, l.LOGIN_DURATION_S, l.REASON_CODE, l.PROVENANCE, l.OUTAGE_ID, l.RULE));
            var g = REPORTING_GAP;
            gaps = BulkInsert.into(dsl, connection, g, List.of(g.OUTAGE_ID, g.COMPONENT, g.KIND, g.PERIPHERAL_ID,
                    g.MR_DOMAIN_ID, g.SKILL_TARGET_ID, g.GAP_START, g.GAP_END));
            var i = AGENT_INTERVAL;
            intervals = into(Replaced.INTERVALS, List.of(i.INTERVAL_START, i.INTERVAL_MINUTES, i.SKILL_TARGET_ID,
                    i.MR_DOMAIN_ID, i.LOGGED_ON_S, i.AVAILABLE_S, i.NOT_READY_S, i.TALKING_S, i.HOLD_S, i.RESERVED_S,
                    i.WORK_READY_S, i.WORK_NOT_READY_S, i.BUSY_OTHER_S, i.OTHER_S, i.GAP_S, i.OUTAGE_LOGGED_OFF_S,
                    i.INCOMPLETE));
            var t = TASK;
            tasks = into(Replaced.TASKS, List.of(t.RECOVERY_KEY, t.ROUTER_CALL_KEY_DAY, t.ROUTER_CALL_KEY,
                    t.CALL_GUID, t.PERIPHERAL_ID, t.MR_DOMAIN_ID, t.AGENT_SKILL_TARGET_ID, t.TASK_START, t.TASK_END,
                    t.CALL_DISPOSITION, t.SOURCE_CALL_DISPOSITION, t.PROVENANCE, t.OUTAGE_ID, t.RULE));
        }

        /**
         * The table's writer; on PostgreSQL, when the window holds rows of the table already, its staging
         * table's (a temporary table, gone at commit).
         */
        private BulkInsert into(Replaced replaced, List<Field<?>> columns) throws SQLException {
            if (!replacesByDifference() || !dsl.fetchExists(DSL.selectOne().from(replaced.table)
                    .where(replaced.ofWindow(window, intervalMinutes, partition)))) {
                return BulkInsert.into(dsl, connection, replaced.table, columns);
            }
            staged.add(replaced);
            onConnection.createTemporaryTable(replaced.staged).as(DSL.selectFrom(replaced.table)).withNoData()
                    .onCommitDrop().execute();
            return BulkInsert.into(dsl, connection, replaced.staged, columns);
        }

        public void span(AgentMrd agentMrd, Span span) throws SQLException {
            spans.add(agentMrd.skillTargetId(), agentMrd.mrDomainId(), agentMrd.peripheralId(),
                    Instants.utc(span.start()), Instants.utc(span.end()), (short) span.state(), span.reasonCode(),
                    span.provenance(), span.outageId(), span.rule());
        }

        public void logout(AgentMrd agentMrd, Logout logout) throws SQLException {
            logouts.add(agentMrd.skillTargetId(), agentMrd.mrDomainId(), Instants.utc(logout.loginAt()),
                    Instants.utc(logout.logoutAt()), logout.loginDurationSeconds(), logout.reasonCode(),
                    logout.provenance(), logout.outageId(), logout.rule());
        }

        public void gap(ReportingGap gap) throws SQLException {
            gaps.add(gap.outageId(), gap.component(), gap.kind(), gap.peripheralId(), gap.mrDomainId(),
                    gap.skillTargetId(), Instants.utc(gap.start()), Instants.utc(gap.end()));
        }

        public void interval(AgentMrd agentMrd, AgentInterval interval) throws SQLException {
            intervals.add(Instants.utc(interval.start()), (short) intervalMinutes, agentMrd.skillTargetId(),
                    agentMrd.mrDomainId(), interval.loggedOn(), interval.available(), interval.notReady(),
                    interval.talking(), interval.hold(), interval.reserved(), interval.workReady(),
                    interval.workNotReady(), interval.busyOther(), interval.other(), interval.gap(),
                    interval.outageLoggedOff(), interval.incomplete());
        }

        public void task(ReconciledTask task) throws SQLException {
            Task source = task.source();
            tasks.add(source.recoveryKey(), source.routerCallKeyDay(), source.routerCallKey(), source.callGuid(),
                    source.peripheralId(), source.mrDomainId(), source.agentSkillTargetId(), Instants.utc(source.start()),
                    task.end() == null ? null : Instants.utc(task.end()), task.callDisposition(),
                    source.callDisposition(), task.provenance(), task.outageId(), task.rule());
        }

        /** The time spent sending rows to the database. */
        public double sendingSeconds() {
            return (spans.sendingNanos() + logouts.sendingNanos() + gaps.sendingNanos() + intervals.sendingNanos()
                    + tasks.sendingNanos()) / 1e9;
        }

        /** The time spent replacing the window's rows by difference (PostgreSQL; after {@link #close}). */
        public double replacingSeconds() {
            return replacingNanos / 1e9;
        }

        /** Rows that replacing by difference deleted or inserted: 0 when a rerun finds nothing changed. */
        public long rowsReplaced() {
            return rowsReplaced;
        }

        public RowCounts counts() {
            return new RowCounts(spans.written(), logouts.written(), gaps.written(), intervals.written(),
                    tasks.written());
        }

        @Override
        public void close() throws SQLException {
            try (spans; logouts; gaps; intervals; tasks) {
                // closing flushes each writer, even when one of them fails
            }
            if (!staged.isEmpty()) {
                long started = System.nanoTime();
                // The comparisons hash a window's rows: without room for them they spill to disk in batches.
                onConnection.execute("SET LOCAL work_mem = '128MB'");
                for (Replaced replaced : staged) {
                    replaceByDifference(replaced);
                }
                replacingNanos = System.nanoTime() - started;
            }
        }

        /** The window's rows that differ from the staged ones go, and the staged rows that differ come. */
        private void replaceByDifference(Replaced replaced) {
            onConnection.execute("ANALYZE " + onConnection.render(replaced.staged));
            Table<?> changed = DSL.table(DSL.name("recon_changed_" + replaced.table.getName()));
            onConnection.createTemporaryTable(changed)
                    .as(replaced.differences(replaced.ofWindow(window, intervalMinutes, partition)))
                    .onCommitDrop().execute();
            Field<Object> oldRow = Replaced.columnOf(changed, DSL.field(OLD_ROW));
            rowsReplaced += onConnection.deleteFrom(replaced.table)
                    .where(DSL.field(ROW_ID).in(DSL.select(oldRow).from(changed).where(oldRow.isNotNull())))
                    .execute();
            rowsReplaced += onConnection.insertInto(replaced.table)
                    .select(DSL.select(replaced.columnsOf(changed)).from(changed)
                            .where(Replaced.columnOf(changed, replaced.key.get(0)).isNotNull()))
                    .execute();
            onConnection.dropTable(changed).execute();
        }
    }

    /** Rows written per table. */
    public record RowCounts(long spans, long logouts, long gaps, long intervals, long tasks) {

        public long total() {
            return spans + logouts + gaps + intervals + tasks;
        }
    }
}
