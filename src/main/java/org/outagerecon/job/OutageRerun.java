package org.outagerecon.job;

import static org.outagerecon.db.hds.Tables.AGENT;
import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;
import static org.outagerecon.db.hds.Tables.MEDIA_ROUTING_DOMAIN;
import static org.outagerecon.db.recon.Tables.REPORTING_GAP;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.MediaClass;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.task.LostSessions;
import org.outagerecon.rules.task.Task;
import org.outagerecon.rules.task.TaskRules;
import org.outagerecon.system.BadInputException;
import org.springframework.stereotype.Service;

/**
 * rules.md §7: an outage rerun reconciles every whole day (configured zone) that holds a row the outage
 * changes or adds: from the earliest of {@code s} and the start of the tasks it closes, to the latest of
 * {@code e}, the end of its post-failover spans, its task expiries and, for CHAT_SERVER, {@code s} plus
 * orphan-minutes (an open outage: up to now); and the days
 * that still hold its gap rows, written before its bounds were corrected, so that those rows go too.
 */
@Service
public class OutageRerun {

    private final DSLContext dsl;
    private final ReferenceDataRepository referenceData;
    private final TaskReader tasks;

    public OutageRerun(DSLContext dsl, ReferenceDataRepository referenceData, TaskReader tasks) {
        this.dsl = dsl;
        this.referenceData = referenceData;
        this.tasks = tasks;
    }

    public Window window(String outageId, ZoneId zone, Instant now) throws Exception {
        ReferenceData reference = referenceData.load();
        Outage outage = reference.outages().stream().filter(o -> o.id().equals(outageId)).findFirst()
                .orElseThrow(() -> new BadInputException("no confirmed outage with id '" + outageId + "'"));
        long nowMillis = now.toEpochMilli();
        long[] range = {outage.start(), Math.min(outage.end(), nowMillis)};
        if (outage.component() == Component.AGENT_PG_CTI || outage.component() == Component.CHAT_SERVER) {
            for (Task task : tasks.openAt(outage)) {
                var reconciled = TaskRules.apply(task, List.of(outage), reference.mrds()::get, LostSessions.NONE);
                if (reconciled.rule() != null) {
                    range[0] = Math.min(range[0], task.start());
                    range[1] = Math.max(range[1], reconciled.end());
                }
            }
        }
        if (outage.component() == Component.CHAT_SERVER) {
            // §5.1: its re-routes and its gap row reach orphan-minutes past s.
            range[1] = Math.max(range[1], Math.min(outage.start() + reference.orphanMillis(), nowMillis));
        }
        if ((outage.component() == Component.PIM || outage.component().logsAgentsOut()) && !outage.isOpen()) {
            range[1] = Math.max(range[1], Math.min(lastPostFailoverEnd(outage), nowMillis));
        }
        // After the outage's bounds were corrected, its old gap rows show the days written under the old ones.
        var gap = REPORTING_GAP;
        var written = dsl.select(DSL.min(gap.GAP_START), DSL.max(gap.GAP_END)).from(gap)
                .where(gap.OUTAGE_ID.eq(outageId)).fetchSingle();
        if (written.value1() != null) {
            range[0] = Math.min(range[0], Instants.millis(written.value1()));
            range[1] = Math.max(range[1], Instants.millis(written.value2()));
        }
        return Window.of(startOfDay(range[0], zone), midnightAtOrAfter(range[1], zone));
    }

    /**
     * The latest end of a post-failover span: for each agent-MRD in the outage's scope that was logged on just
     * before {@code s} in the source, its first source row at or after {@code e} (none: it runs on, to now).
     */
    private long lastPostFailoverEnd(Outage outage) {
        var trace = AGENT_STATE_TRACE;
        // The agent-MRDs first, then two index probes each: probing per source row before s cost its history.
        Table<?> agentMrds = DSL.selectDistinct(trace.SKILL_TARGET_ID, trace.MR_DOMAIN_ID)
                .from(trace).join(AGENT).on(AGENT.SKILL_TARGET_ID.eq(trace.SKILL_TARGET_ID))
                .where(AGENT.PERIPHERAL_ID.eq(outage.peripheralId()), trace.DATE_TIME.lt(Instants.utc(outage.start())),
                        outage.component() == Component.FINESSE ? DSL.noCondition() : trace.MR_DOMAIN_ID.in(
                                DSL.select(MEDIA_ROUTING_DOMAIN.MR_DOMAIN_ID).from(MEDIA_ROUTING_DOMAIN)
                                        .where(MEDIA_ROUTING_DOMAIN.MEDIA_CLASS.eq(MediaClass.VOICE.name()))))
                .asTable("agent_mrds");
        Field<Integer> agent = agentMrds.field(trace.SKILL_TARGET_ID);
        Field<Integer> mrd = agentMrds.field(trace.MR_DOMAIN_ID);
        var before = trace.as("before");
        var after = trace.as("after");
        Field<Short> stateBefore = DSL.select(before.AGENT_STATE).from(before)
                .where(before.SKILL_TARGET_ID.eq(agent), before.MR_DOMAIN_ID.eq(mrd),
                        before.DATE_TIME.lt(Instants.utc(outage.start())))
                .orderBy(before.DATE_TIME.desc(), before.RECOVERY_KEY.desc()).limit(1).asField();
        Field<OffsetDateTime> nextRow = DSL.select(DSL.min(after.DATE_TIME)).from(after)
                .where(after.SKILL_TARGET_ID.eq(agent), after.MR_DOMAIN_ID.eq(mrd),
                        after.DATE_TIME.ge(Instants.utc(outage.end()))).asField();
        long latest = outage.end();
        for (var row : dsl.select(stateBefore, nextRow).from(agentMrds).fetch()) {
            Short state = row.value1();
            if (state == null || state == AgentState.LOGGED_OFF) {
                continue;
            }
            OffsetDateTime next = row.value2();
            latest = Math.max(latest, next == null ? Long.MAX_VALUE : Instants.millis(next));
        }
        return latest;
    }

    private static Instant startOfDay(long instant, ZoneId zone) {
        return Instant.ofEpochMilli(instant).atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    /** The end of the last day that holds a row ending at {@code instant} (a row ending at midnight does not). */
    private static Instant midnightAtOrAfter(long instant, ZoneId zone) {
        Instant midnight = startOfDay(instant, zone);
        return midnight.toEpochMilli() == instant ? midnight
                : midnight.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
