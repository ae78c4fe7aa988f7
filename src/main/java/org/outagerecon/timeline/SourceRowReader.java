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
import org.outagerecon.run.Window;
import org.springframework.stereotype.Repository;

/**
 * Streams the source state rows the window needs, one agent-MRD at a time, in (date_time, recovery_key)
 * order, so memory does not grow with the size of the day. Each agent-MRD is read from its last logout before
 * the window (its {@link HistoryCut}), or from its first row when it has none.
 */
@Repository
public class SourceRowReader {

    private static final int FETCH_SIZE = 10_000;

    /** One agent-MRD's rows and the cut they were read from (null: all its history). */
    public record AgentMrdRows(int skillTargetId, int mrDomainId, Long cut, List<StateRow> rows) {
    }

    /** Receives each agent-MRD's rows. */
    @FunctionalInterface
    public interface Consumer {
        void accept(AgentMrdRows rows) throws Exception;
    }

    private final DSLContext dsl;

    public SourceRowReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every agent-MRD of the partition with a row before the window end; returns the number of rows read. */
    public long forEachAgentMrd(Window window, Partition partition, Consumer consumer) throws Exception {
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
            AgentMrdRows current = null;
            for (var row : cursor) {
                int agent = row.value1();
                int mrd = row.value2();
                if (current == null || current.skillTargetId() != agent || current.mrDomainId() != mrd) {
                    if (current != null) {
                        consumer.accept(current);
                    }
                    Long cut = row.value6() == null ? null : Instants.millis(row.value6());
                    current = new AgentMrdRows(agent, mrd, cut, new ArrayList<>());
                }
                current.rows().add(new StateRow(Instants.millis(row.value3()), row.value4(), row.value5()));
                read++;
            }
            if (current != null) {
                consumer.accept(current);
            }
        }
        return read;
    }

    /** The rows inside the window, a cheap estimate of what {@link #forEachAgentMrd} reads (for progress). */
    public long estimateRows(Window window, Partition partition) {
        var trace = AGENT_STATE_TRACE;
        return dsl.fetchCount(trace, trace.DATE_TIME.ge(Instants.utc(window.from()))
                .and(trace.DATE_TIME.lt(Instants.utc(window.to()))).and(partition.condition(trace.SKILL_TARGET_ID)));
    }

    /** All rows of one agent-MRD before {@code to}: for an agent-MRD whose cut is not exact. */
    public List<StateRow> allHistory(int skillTargetId, int mrDomainId, long to) {
        var trace = AGENT_STATE_TRACE;
        return dsl.select(trace.DATE_TIME, trace.AGENT_STATE, trace.REASON_CODE)
                .from(trace)
                .where(trace.SKILL_TARGET_ID.eq(skillTargetId))
                .and(trace.MR_DOMAIN_ID.eq(mrDomainId))
                .and(trace.DATE_TIME.lt(Instants.utc(to)))
                .orderBy(trace.DATE_TIME, trace.RECOVERY_KEY)
                .fetch(row -> new StateRow(Instants.millis(row.value1()), row.value2(), row.value3()));
    }
}
