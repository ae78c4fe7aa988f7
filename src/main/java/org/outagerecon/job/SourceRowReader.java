package org.outagerecon.job;

import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record6;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.timeline.StateRow;
import org.springframework.stereotype.Repository;

/**
 * Streams the source state rows the window needs, one agent-MRD at a time, in (date_time, recovery_key)
 * order, so memory does not grow with the size of the day. Each agent-MRD is read from its last logout before
 * the window (its {@link org.outagerecon.rules.timeline.HistoryCut}) when that cut is exact, else from its first row.
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
        OffsetDateTime from = Instants.utc(window.from());
        OffsetDateTime to = Instants.utc(window.to());
        return dsl.dialect().family() == SQLDialect.POSTGRES
                ? streamByTimelineIndex(dsl, from, to, partition, cutCheck, sink)
                : readEachAgentMrd(dsl, from, to, partition, cutCheck, sink);
    }

    private static long streamByTimelineIndex(DSLContext dsl, OffsetDateTime from, OffsetDateTime to,
                                              Partition partition, CutCheck cutCheck,
                                              ReadAhead.Sink<AgentMrdRows> sink) throws Exception {
        long read = 0;
        try (var cursor = byTimelineIndex(dsl, from, to, partition).fetchLazy()) {
            int agent = 0;
            int mrd = 0;
            Long cut = null;
            List<StateRow> rows = null;
            for (var row : cursor) {
                if (rows == null || agent != row.value1() || mrd != row.value2()) {
                    if (rows != null) {
                        requireKeyOrder(agent, mrd, row.value1(), row.value2());
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

    /**
     * The portable read (H2, no LATERAL): each agent-MRD with a row before the window end and its last logout
     * before the window from one grouped pass, then its rows from that cut by the timeline index, one query
     * each. A join of the cuts back to all history took H2 seconds per 20,000 rows.
     */
    private static long readEachAgentMrd(DSLContext dsl, OffsetDateTime from, OffsetDateTime to,
                                         Partition partition, CutCheck cutCheck,
                                         ReadAhead.Sink<AgentMrdRows> sink) throws Exception {
        var trace = AGENT_STATE_TRACE;
        Field<OffsetDateTime> lastLogout = DSL.max(DSL.when(
                trace.AGENT_STATE.eq((short) AgentState.LOGGED_OFF).and(trace.DATE_TIME.lt(from)), trace.DATE_TIME));
        var cuts = dsl.select(trace.SKILL_TARGET_ID, trace.MR_DOMAIN_ID, lastLogout)
                .from(trace).where(trace.DATE_TIME.lt(to), partition.condition(trace.SKILL_TARGET_ID))
                .groupBy(trace.SKILL_TARGET_ID, trace.MR_DOMAIN_ID)
                .orderBy(trace.SKILL_TARGET_ID, trace.MR_DOMAIN_ID).fetch();
        long read = 0;
        for (var agentMrd : cuts) {
            int agent = agentMrd.value1();
            int mrd = agentMrd.value2();
            Long cut = agentMrd.value3() == null ? null : Instants.millis(agentMrd.value3());
            List<StateRow> rows = rowsOf(dsl, agent, mrd, agentMrd.value3(), to);
            read += rows.size();
            sink.accept(history(dsl, agent, mrd, cut, rows, to, cutCheck));
        }
        return read;
    }

    /**
     * Rows before the window end of each agent-MRD with such a row, from its last logout before the window (null
     * when it has none: then all of them), in (agent, MRD, date_time, recovery_key) order; the last column is the
     * cut. On PostgreSQL, from the timeline index alone (V5 makes it covering): the
     * agent-MRDs by a skip scan, each one's cut by a backward scan from the window start, its rows by a range
     * scan. The cost is the rows the window needs, not the length of history (measured on a 12,000-agent day:
     * 1.0 s, where the join's passes over the table take 3.9 s per day of history). The nested loop returns each
     * agent-MRD's rows together, in order; an ORDER BY would add a sort of them all, so the order is checked by
     * the caller instead.
     */
    private static ResultQuery<Record6<Integer, Integer, OffsetDateTime, Short, Integer, OffsetDateTime>>
            byTimelineIndex(DSLContext dsl, OffsetDateTime from, OffsetDateTime to, Partition partition) {
        var trace = AGENT_STATE_TRACE;
        Field<Integer> pairAgent = DSL.field(DSL.name("pairs", "agent"), Integer.class);
        return dsl.resultQuery("""
                        WITH RECURSIVE pairs(agent, mrd) AS (
                            (SELECT skill_target_id, mr_domain_id FROM hds.agent_state_trace
                             ORDER BY skill_target_id, mr_domain_id LIMIT 1)
                            UNION ALL
                            SELECT following.skill_target_id, following.mr_domain_id FROM pairs, LATERAL (
                                SELECT skill_target_id, mr_domain_id FROM hds.agent_state_trace
                                WHERE (skill_target_id, mr_domain_id) > (pairs.agent, pairs.mrd)
                                ORDER BY skill_target_id, mr_domain_id LIMIT 1) following
                        ), cuts AS MATERIALIZED (
                            SELECT agent, mrd, (SELECT max(date_time) FROM hds.agent_state_trace
                                                WHERE skill_target_id = agent AND mr_domain_id = mrd
                                                  AND agent_state = {0} AND date_time < {1}) AS cut_at
                            FROM pairs WHERE {3}
                        )
                        SELECT cuts.agent, cuts.mrd, source.date_time, source.agent_state, source.reason_code, cuts.cut_at
                        FROM cuts, LATERAL (
                            SELECT date_time, agent_state, reason_code, recovery_key FROM hds.agent_state_trace
                            WHERE skill_target_id = cuts.agent AND mr_domain_id = cuts.mrd
                              AND date_time >= coalesce(cuts.cut_at, '-infinity') AND date_time < {2}
                            ORDER BY date_time, recovery_key) source""",
                        DSL.val((short) AgentState.LOGGED_OFF), DSL.val(from), DSL.val(to),
                        partition.condition(pairAgent))
                .coerce(trace.SKILL_TARGET_ID, trace.MR_DOMAIN_ID, trace.DATE_TIME, trace.AGENT_STATE,
                        trace.REASON_CODE, DSL.field(DSL.name("cut_at"), OffsetDateTime.class))
                .fetchSize(FETCH_SIZE);
    }

    private static void requireKeyOrder(int agent, int mrd, int nextAgent, int nextMrd) {
        if (nextAgent < agent || (nextAgent == agent && nextMrd < mrd)) {
            throw new IllegalStateException("source rows out of (skill_target_id, mr_domain_id) order: "
                    + agent + "/" + mrd + " before " + nextAgent + "/" + nextMrd);
        }
    }

    /** The rows read from the cut, or all the agent-MRD's history before the window end when the cut is not exact. */
    private static AgentMrdRows history(DSLContext dsl, int agent, int mrd, Long cut, List<StateRow> rowsFromCut,
                                        OffsetDateTime to, CutCheck cutCheck) {
        if (cut == null || cutCheck.isExact(agent, mrd, cut, rowsFromCut)) {
            return new AgentMrdRows(agent, mrd, rowsFromCut);
        }
        return new AgentMrdRows(agent, mrd, rowsOf(dsl, agent, mrd, null, to));
    }

    /** One agent-MRD's rows from {@code from} (null: all history) to before {@code to}, in order. */
    private static List<StateRow> rowsOf(DSLContext dsl, int agent, int mrd, OffsetDateTime from,
                                         OffsetDateTime to) {
        var trace = AGENT_STATE_TRACE;
        return dsl.select(trace.DATE_TIME, trace.AGENT_STATE, trace.REASON_CODE)
                .from(trace)
                .where(trace.SKILL_TARGET_ID.eq(agent), trace.MR_DOMAIN_ID.eq(mrd), trace.DATE_TIME.lt(to),
                        from == null ? DSL.noCondition() : trace.DATE_TIME.ge(from))
                .orderBy(trace.DATE_TIME, trace.RECOVERY_KEY)
                .fetch(row -> new StateRow(Instants.millis(row.value1()), row.value2(), row.value3()));
    }

    /** The rows inside the window, a cheap estimate of what {@link #forEachAgentMrd} reads (for progress). */
    public long estimateRows(DSLContext dsl, Window window, Partition partition) {
        var trace = AGENT_STATE_TRACE;
        return dsl.fetchCount(trace, trace.DATE_TIME.ge(Instants.utc(window.from()))
                .and(trace.DATE_TIME.lt(Instants.utc(window.to()))).and(partition.condition(trace.SKILL_TARGET_ID)));
    }
}
