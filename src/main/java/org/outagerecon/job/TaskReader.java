package org.outagerecon.job;

import static org.outagerecon.db.hds.Tables.TERMINATION_CALL_DETAIL;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.task.ChatSessionLoss;
import org.outagerecon.rules.task.LostSessions;
import org.outagerecon.rules.task.Task;
import org.springframework.stereotype.Repository;

/** Streams the source tasks of a window: rules.md §5, a task belongs to the window that holds its start. */
@Repository
public class TaskReader {

    private static final int FETCH_SIZE = 10_000;

    private final DSLContext dsl;

    public TaskReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The tasks of a window and partition (by their agent), read on {@code reading}; returns how many were read. */
    public long forEachTask(DSLContext reading, Window window, Partition partition, ReadAhead.Sink<Task> consumer)
            throws Exception {
        var tcd = TERMINATION_CALL_DETAIL;
        return forEach(reading, tcd.START_DATE_TIME.ge(Instants.utc(window.from()))
                .and(tcd.START_DATE_TIME.lt(Instants.utc(window.to())))
                .and(partition.conditionOrNull(tcd.AGENT_SKILL_TARGET_ID)), consumer);
    }

    /** The source tasks of an outage's scope open at its start (rules.md §5): started before s, not ended by s. */
    public List<Task> openAt(Outage outage) throws Exception {
        var tcd = TERMINATION_CALL_DETAIL;
        Condition scope = outage.component() == Component.CHAT_SERVER ? tcd.MR_DOMAIN_ID.eq(outage.mrDomainId())
                : tcd.PERIPHERAL_ID.eq(outage.peripheralId());
        OffsetDateTime s = Instants.utc(outage.start());
        List<Task> open = new ArrayList<>();
        forEach(dsl, scope.and(tcd.START_DATE_TIME.lt(s)).and(tcd.DATE_TIME.isNull().or(tcd.DATE_TIME.gt(s))),
                open::add);
        return open;
    }

    /**
     * rules.md §5.1: the sessions lost by each CHAT_SERVER outage whose re-routes may start in the window; they
     * started before it, on any agent, so they are read whatever the window and partition.
     */
    public LostSessions lostSessions(ReferenceData reference, Window window) throws Exception {
        Map<String, Set<String>> callGuids = new HashMap<>();
        for (Outage outage : reference.outages()) {
            if (outage.component() == Component.CHAT_SERVER
                    && window.overlaps(outage.start(), outage.start() + reference.orphanMillis())) {
                callGuids.put(outage.id(), ChatSessionLoss.lostCallGuids(outage, openAt(outage),
                        reference.outages(), reference.mrds()::get));
            }
        }
        return new LostSessions(callGuids, reference.orphanMillis());
    }

    /**
     * The tasks that ended in {@code [from, to)} with the disposition (rules.md §8.2: 42); on PostgreSQL by the
     * partial index of V7, so detection does not read the day's tasks.
     */
    public long forEachEndedWith(int disposition, long from, long to, ReadAhead.Sink<Task> consumer)
            throws Exception {
        var tcd = TERMINATION_CALL_DETAIL;
        // Inlined: a bound value would not let PostgreSQL match the index's predicate.
        return forEach(dsl, tcd.CALL_DISPOSITION.eq(DSL.inline(disposition))
                .and(tcd.DATE_TIME.ge(Instants.utc(from))).and(tcd.DATE_TIME.lt(Instants.utc(to))), consumer);
    }

    private static long forEach(DSLContext dsl, Condition condition, ReadAhead.Sink<Task> consumer) throws Exception {
        long read = 0;
        try (var cursor = dsl.selectFrom(TERMINATION_CALL_DETAIL).where(condition).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (var row : cursor) {
                consumer.accept(new Task(row.getRecoveryKey(), row.getRouterCallKeyDay(), row.getRouterCallKey(),
                        row.getCallGuid(), row.getPeripheralId(), row.getMrDomainId(), row.getAgentSkillTargetId(),
                        Instants.millis(row.getStartDateTime()),
                        row.getDateTime() == null ? null : Instants.millis(row.getDateTime()),
                        row.getCallDisposition()));
                read++;
            }
        }
        return read;
    }
}
