package org.outagerecon.timeline;

import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.outagerecon.run.Instants;
import org.outagerecon.run.Partition;
import org.outagerecon.run.ReadAhead;
import org.outagerecon.run.Window;
import org.springframework.stereotype.Repository;

/**
 * Streams the source state rows the window needs, one agent-MRD at a time, in (date_time, recovery_key)
 * order, so memory does not grow with the size of the day. Each agent-MRD is read from its last logout before
 * the window (its {@link HistoryCut}) when that cut is exact, else from its first row.
 */
@Repository
public class SourceRowReader {

    private static final int FETCH_SIZE = 10_000;

    /** One agent-MRD and the rows its reconciliation needs, in order. */
    public record AgentMrdRows(int skillTargetId, int mrDomainId, List<StateRow> rows) {
    }

    /** Whether reading an agent-MRD from {@code cut} on gives the same rows as all its history. */
    @FunctionalInterface
    public interface CutCheck {
        boolean isExact(int skillTargetId, int mrDomainId, long cut, List<StateRow> rowsFromCut);
    }

    /**
     * Every agent-MRD of the partition with a row before the window end, with the rows it needs; returns the
     * number of rows read.
     */
    public long forEachAgentMrd(DSLContext dsl, Window window, Partition partition, CutCheck cutCheck,
                                ReadAhead.Sink<AgentMrdRows> sink) throws Exception {
        var trace = AGENT_STATE_TRACE;
        OffsetDateTime from = Instants.utc(window.from());
        OffsetDateTime to = Instants.utc(window.to());
        Field<OffsetDateTime> lastLogout = DSL.max(DSL.when(
                trace.AGENT_STATE.eq((short) AgentState.LOGGED_OFF).and(trace.DATE_TIME.lt(from)), trace.DATE_TIME));
        Table<?> cuts = dsl.select(trace.SKILL_TARGET_ID.as("cut_agent"), trace.MR_DOMAIN_ID.as("cut_mrd"),
                        lastLogout.as("cut_at"))
                .from(trace).where(trace.DATE_TIME.lt(to), partition.condition(trace.SKILL_TARGET_ID))
                .groupBy(trace.SKILL_TARGET_ID, trace.MR_DOMAIN_ID).asTable("cuts");
        Field<OffsetDateTime> cutAt = cuts.field("cut_at", OffsetDateTime.class);
        var query = dsl.select(trace.SKILL_TARGET_ID, trace.MR_DOMAIN_ID, trace.DATE_TIME, trace.AGENT_STATE,
                        trace.REASON_CODE, cutAt)
                .from(trace)
                .join(cuts).on(cuts.field("cut_agent", Integer.class).eq(trace.SKILL_TARGET_ID)
                        .and(cuts.field("cut_mrd", Integer.class).eq(trace.MR_DOMAIN_ID)))
                .where(trace.DATE_TIME.lt(to))
                .and(cutAt.isNull().or(trace.DATE_TIME.ge(cutAt)))
                .orderBy(trace.SKILL_TARGET_ID, trace.MR_DOMAIN_ID, trace.DATE_TIME, trace.RECOVERY_KEY)
                .fetchSize(FETCH_SIZE);
        long read = 0;
        try (var cursor = query.fetchLazy()) {
            int agent = 0;
            int mrd = 0;
            Long cut = null;
            List<StateRow> rows = null;
            for (var row : cursor) {
                if (rows == null || agent != row.value1() || mrd != row.value2()) {
                    if (rows != null) {
                        sink.accept(history(dsl, agent, mrd, cut, rows, to, cutCheck));
                    }
                    agent = row.value1();
                    mrd = row.value2();
                    cut = row.value6() == null ? null : Instants.millis(row.value6());
                    rows = new ArrayList<>();
                }
                rows.add(new StateRow(Instants.millis(row.value3()), row.value4(), row.value5()));
                read++;
            }
            if (rows != null) {
                sink.accept(history(dsl, agent, mrd, cut, rows, to, cutCheck));
            }
        }
        return read;
    }

    /** The rows read from the cut, or all the agent-MRD's history before the window end when the cut is not exact. */
    private static AgentMrdRows history(DSLContext dsl, int agent, int mrd, Long cut, List<StateRow> rowsFromCut,
                                        OffsetDateTime to, CutCheck cutCheck) {
        if (cut == null || cutCheck.isExact(agent, mrd, cut, rowsFromCut)) {
            return new AgentMrdRows(agent, mrd, rowsFromCut);
        }
        var trace = AGENT_STATE_TRACE;
        return new AgentMrdRows(agent, mrd, dsl.select(trace.DATE_TIME, trace.AGENT_STATE, trace.REASON_CODE)
                .from(trace)
                .where(trace.SKILL_TARGET_ID.eq(agent), trace.MR_DOMAIN_ID.eq(mrd), trace.DATE_TIME.lt(to))
                .orderBy(trace.DATE_TIME, trace.RECOVERY_KEY)
                .fetch(row -> new StateRow(Instants.millis(row.value1()), row.value2(), row.value3())));
    }

    /** The rows inside the window, a cheap estimate of what {@link #forEachAgentMrd} reads (for progress). */
    public long estimateRows(DSLContext dsl, Window window, Partition partition) {
        var trace = AGENT_STATE_TRACE;
        return dsl.fetchCount(trace, trace.DATE_TIME.ge(Instants.utc(window.from()))
                .and(trace.DATE_TIME.lt(Instants.utc(window.to()))).and(partition.condition(trace.SKILL_TARGET_ID)));
    }
}
