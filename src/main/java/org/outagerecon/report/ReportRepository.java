package org.outagerecon.report;

import static org.outagerecon.db.hds.Tables.AGENT;
import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;
import static org.outagerecon.db.hds.Tables.MEDIA_ROUTING_DOMAIN;
import static org.outagerecon.db.recon.Tables.AGENT_INTERVAL;
import static org.outagerecon.db.recon.Tables.AGENT_STATE_SPAN;
import static org.outagerecon.db.recon.Tables.OUTAGE;
import static org.outagerecon.db.recon.Tables.REPORTING_GAP;
import static org.outagerecon.db.recon.Tables.TASK;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.timeline.SourceTimeline;
import org.outagerecon.rules.timeline.StateRow;
import org.springframework.stereotype.Repository;

/**
 * What the report reads, with jOOQ: outages, their figures (the definitions of the README's queries), the first
 * rows of their timelines and the tasks they changed. Nothing here reads more rows than the page shows.
 */
@Repository
public class ReportRepository {

    private static final String DISMISSED = "DISMISSED";
    /** rules.md §6: intervals are 15 or 30 minutes long. */
    private static final int MAX_INTERVAL_MINUTES = 30;

    private final DSLContext dsl;

    public ReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ReportedOutage> outage(String outageId) {
        return dsl.select(outageFields()).from(OUTAGE)
                .leftJoin(MEDIA_ROUTING_DOMAIN).on(MEDIA_ROUTING_DOMAIN.MR_DOMAIN_ID.eq(OUTAGE.MR_DOMAIN_ID))
                .where(OUTAGE.OUTAGE_ID.eq(outageId))
                .fetchOptional(ReportRepository::outage);
    }

    /** The outages that share a moment with the window, dismissed ones left out: confirmed by start, then suspected. */
    public List<ReportedOutage> outages(Window window) {
        return dsl.select(outageFields()).from(OUTAGE)
                .leftJoin(MEDIA_ROUTING_DOMAIN).on(MEDIA_ROUTING_DOMAIN.MR_DOMAIN_ID.eq(OUTAGE.MR_DOMAIN_ID))
                .where(OUTAGE.STATUS.ne(DISMISSED))
                .and(OUTAGE.STARTED_AT.lt(Instants.utc(window.to())))
                .and(OUTAGE.ENDED_AT.isNull().or(OUTAGE.ENDED_AT.gt(Instants.utc(window.from()))))
                .orderBy(DSL.when(OUTAGE.STATUS.eq("CONFIRMED"), 0).when(OUTAGE.STATUS.eq(ReportedOutage.SUSPECTED), 1)
                        .otherwise(2), OUTAGE.STARTED_AT, OUTAGE.OUTAGE_ID)
                .fetch(ReportRepository::outage);
    }

    private static List<Field<?>> outageFields() {
        return List.of(OUTAGE.OUTAGE_ID, OUTAGE.COMPONENT, OUTAGE.SIDE, OUTAGE.PERIPHERAL_ID, OUTAGE.MR_DOMAIN_ID,
                MEDIA_ROUTING_DOMAIN.ENTERPRISE_NAME, OUTAGE.STARTED_AT, OUTAGE.ENDED_AT, OUTAGE.STATUS, OUTAGE.ORIGIN,
                OUTAGE.NOTE);
    }

    private static ReportedOutage outage(Record row) {
        return new ReportedOutage(row.get(OUTAGE.OUTAGE_ID), row.get(OUTAGE.COMPONENT), row.get(OUTAGE.SIDE),
                row.get(OUTAGE.PERIPHERAL_ID), row.get(OUTAGE.MR_DOMAIN_ID), row.get(MEDIA_ROUTING_DOMAIN.ENTERPRISE_NAME),
                row.get(OUTAGE.STARTED_AT), row.get(OUTAGE.ENDED_AT), row.get(OUTAGE.STATUS), row.get(OUTAGE.ORIGIN),
                row.get(OUTAGE.NOTE));
    }

    /**
     * The spans of an outage. They all start at or after its start (§4.1, §4.2: its logout or gap, then the state
     * after it), which lets the database skip the history before it by the span_start index.
     */
    private static Condition spansOf(ReportedOutage outage) {
        return AGENT_STATE_SPAN.OUTAGE_ID.eq(outage.id()).and(AGENT_STATE_SPAN.SPAN_START.ge(outage.startedAt()));
    }

    public OutageFigures figures(ReportedOutage outage) {
        String outageId = outage.id();
        Condition ofOutage = spansOf(outage);
        var agentMrds = dsl.selectDistinct(AGENT_STATE_SPAN.SKILL_TARGET_ID, AGENT_STATE_SPAN.MR_DOMAIN_ID)
                .from(AGENT_STATE_SPAN).where(ofOutage).asTable("agent_mrd");
        Record agents = dsl.select(DSL.count(), DSL.countDistinct(agentMrds.field(AGENT_STATE_SPAN.SKILL_TARGET_ID)))
                .from(agentMrds).fetchOne();
        Field<BigDecimal> seconds = epochSeconds(AGENT_STATE_SPAN.SPAN_END).minus(epochSeconds(AGENT_STATE_SPAN.SPAN_START));
        Record time = dsl.select(
                        DSL.floor(DSL.sum(DSL.when(AGENT_STATE_SPAN.AGENT_STATE.eq((short) 0)
                                .and(AGENT_STATE_SPAN.PROVENANCE.eq("RECONSTRUCTED")), seconds).otherwise(BigDecimal.ZERO))),
                        DSL.floor(DSL.sum(DSL.when(AGENT_STATE_SPAN.PROVENANCE.eq("GAP"), seconds)
                                .otherwise(BigDecimal.ZERO))))
                .from(AGENT_STATE_SPAN).where(ofOutage).fetchOne();
        Map<String, Long> tasksByRule = counts(dsl.select(TASK.RULE, DSL.count()).from(TASK)
                .where(TASK.OUTAGE_ID.eq(outageId)).groupBy(TASK.RULE).orderBy(TASK.RULE).fetch());
        Map<String, Long> gapsByKind = counts(dsl.select(REPORTING_GAP.KIND, DSL.count()).from(REPORTING_GAP)
                .where(REPORTING_GAP.OUTAGE_ID.eq(outageId)).groupBy(REPORTING_GAP.KIND).orderBy(REPORTING_GAP.KIND)
                .fetch());
        return new OutageFigures(agents.get(1, Long.class), agents.get(0, Long.class), wholeSeconds(time.get(0)),
                wholeSeconds(time.get(1)), tasksByRule, intervalsMadeIncomplete(outage), gapsByKind);
    }

    /**
     * Incomplete interval rows of an agent-MRD that one of the outage's spans of that agent-MRD overlaps; only
     * intervals around the outage's spans are looked at (an interval is at most 30 minutes long).
     */
    private long intervalsMadeIncomplete(ReportedOutage outage) {
        Record bounds = dsl.select(DSL.min(AGENT_STATE_SPAN.SPAN_START), DSL.max(AGENT_STATE_SPAN.SPAN_END))
                .from(AGENT_STATE_SPAN).where(spansOf(outage)).fetchOne();
        if (bounds.get(0) == null) {
            return 0;
        }
        OffsetDateTime firstStart = bounds.get(0, OffsetDateTime.class);
        Field<OffsetDateTime> intervalEnd = DSL.field("{0} + {1} * INTERVAL '1' MINUTE", OffsetDateTime.class,
                AGENT_INTERVAL.INTERVAL_START, AGENT_INTERVAL.INTERVAL_MINUTES);
        return dsl.fetchCount(dsl.selectOne().from(AGENT_INTERVAL)
                .where(AGENT_INTERVAL.INCOMPLETE.isTrue())
                .and(AGENT_INTERVAL.INTERVAL_START.gt(firstStart.minusMinutes(MAX_INTERVAL_MINUTES)))
                .and(AGENT_INTERVAL.INTERVAL_START.lt(bounds.get(1, OffsetDateTime.class)))
                .andExists(dsl.selectOne().from(AGENT_STATE_SPAN)
                        .where(spansOf(outage))
                        .and(AGENT_STATE_SPAN.SKILL_TARGET_ID.eq(AGENT_INTERVAL.SKILL_TARGET_ID))
                        .and(AGENT_STATE_SPAN.MR_DOMAIN_ID.eq(AGENT_INTERVAL.MR_DOMAIN_ID))
                        .and(AGENT_STATE_SPAN.SPAN_START.lt(intervalEnd))
                        .and(AGENT_STATE_SPAN.SPAN_END.gt(AGENT_INTERVAL.INTERVAL_START))));
    }

    /**
     * The first {@code maxRows} agent-MRDs that have a span of the outage, by peripheral, agent and MRD, with their
     * source and reconciled states over the outage and a margin around it.
     */
    public Timeline timeline(ReportedOutage outage, int maxRows) {
        var rows = dsl.selectDistinct(AGENT_STATE_SPAN.PERIPHERAL_ID, AGENT_STATE_SPAN.SKILL_TARGET_ID,
                        AGENT_STATE_SPAN.MR_DOMAIN_ID, AGENT.ENTERPRISE_NAME, MEDIA_ROUTING_DOMAIN.ENTERPRISE_NAME)
                .from(AGENT_STATE_SPAN)
                .leftJoin(AGENT).on(AGENT.SKILL_TARGET_ID.eq(AGENT_STATE_SPAN.SKILL_TARGET_ID))
                .leftJoin(MEDIA_ROUTING_DOMAIN).on(MEDIA_ROUTING_DOMAIN.MR_DOMAIN_ID.eq(AGENT_STATE_SPAN.MR_DOMAIN_ID))
                .where(spansOf(outage))
                .orderBy(AGENT_STATE_SPAN.PERIPHERAL_ID.asc().nullsLast(), AGENT_STATE_SPAN.SKILL_TARGET_ID,
                        AGENT_STATE_SPAN.MR_DOMAIN_ID)
                .limit(maxRows)
                .fetch();
        long total = dsl.fetchCount(dsl.selectDistinct(AGENT_STATE_SPAN.SKILL_TARGET_ID, AGENT_STATE_SPAN.MR_DOMAIN_ID)
                .from(AGENT_STATE_SPAN).where(spansOf(outage)));
        OffsetDateTime lastEffect = dsl.select(DSL.max(AGENT_STATE_SPAN.SPAN_END)).from(AGENT_STATE_SPAN)
                .where(spansOf(outage)).fetchOne(0, OffsetDateTime.class);
        Window view = TimelineView.around(Instants.millis(outage.startedAt()),
                outage.endedAt() == null ? null : Instants.millis(outage.endedAt()),
                lastEffect == null ? null : Instants.millis(lastEffect));
        List<AgentMrd> agentMrds = rows.map(row -> new AgentMrd(row.value2(), row.value3()));
        Map<AgentMrd, List<StateBar>> source = sourceStates(agentMrds, view);
        Map<AgentMrd, List<StateBar>> reconciled = reconciledStates(agentMrds, view);
        List<TimelineRow> timelineRows = rows.map(row -> {
            AgentMrd key = new AgentMrd(row.value2(), row.value3());
            return new TimelineRow(row.value2(), row.value3(), row.value1(), row.value4(), row.value5(),
                    source.getOrDefault(key, List.of()), reconciled.getOrDefault(key, List.of()));
        });
        return new Timeline(view.from(), view.to(), timelineRows, total);
    }

    /** rules.md §1 over the source rows: the state in effect at the view start, then every row inside the view. */
    private Map<AgentMrd, List<StateBar>> sourceStates(List<AgentMrd> agentMrds, Window view) {
        Map<AgentMrd, List<StateRow>> rows = new LinkedHashMap<>();
        for (AgentMrd agentMrd : agentMrds) {
            dsl.select(AGENT_STATE_TRACE.DATE_TIME, AGENT_STATE_TRACE.AGENT_STATE, AGENT_STATE_TRACE.REASON_CODE)
                    .from(AGENT_STATE_TRACE)
                    .where(AGENT_STATE_TRACE.SKILL_TARGET_ID.eq(agentMrd.skillTargetId()))
                    .and(AGENT_STATE_TRACE.MR_DOMAIN_ID.eq(agentMrd.mrDomainId()))
                    .and(AGENT_STATE_TRACE.DATE_TIME.lt(Instants.utc(view.from())))
                    .orderBy(AGENT_STATE_TRACE.DATE_TIME.desc(), AGENT_STATE_TRACE.RECOVERY_KEY.desc())
                    .limit(1)
                    .forEach(row -> rows.computeIfAbsent(agentMrd, k -> new ArrayList<>())
                            .add(new StateRow(Instants.millis(row.value1()), row.value2(), row.value3())));
        }
        if (!agentMrds.isEmpty()) {
            dsl.select(AGENT_STATE_TRACE.SKILL_TARGET_ID, AGENT_STATE_TRACE.MR_DOMAIN_ID, AGENT_STATE_TRACE.DATE_TIME,
                            AGENT_STATE_TRACE.AGENT_STATE, AGENT_STATE_TRACE.REASON_CODE)
                    .from(AGENT_STATE_TRACE)
                    .where(DSL.row(AGENT_STATE_TRACE.SKILL_TARGET_ID, AGENT_STATE_TRACE.MR_DOMAIN_ID).in(rows(agentMrds)))
                    .and(AGENT_STATE_TRACE.DATE_TIME.ge(Instants.utc(view.from())))
                    .and(AGENT_STATE_TRACE.DATE_TIME.lt(Instants.utc(view.to())))
                    .orderBy(AGENT_STATE_TRACE.SKILL_TARGET_ID, AGENT_STATE_TRACE.MR_DOMAIN_ID,
                            AGENT_STATE_TRACE.DATE_TIME, AGENT_STATE_TRACE.RECOVERY_KEY)
                    .forEach(row -> rows.computeIfAbsent(new AgentMrd(row.value1(), row.value2()), k -> new ArrayList<>())
                            .add(new StateRow(Instants.millis(row.value3()), row.value4(), row.value5())));
        }
        Map<AgentMrd, List<StateBar>> bars = new LinkedHashMap<>();
        rows.forEach((key, stateRows) -> bars.put(key, SourceTimeline.spans(stateRows).stream()
                .filter(span -> view.overlaps(span.start(), span.end()))
                .map(span -> new StateBar(span.start(), span.end(), span.state(), span.reasonCode(), "SOURCE", null,
                        null))
                .toList()));
        return bars;
    }

    private Map<AgentMrd, List<StateBar>> reconciledStates(List<AgentMrd> agentMrds, Window view) {
        Map<AgentMrd, List<StateBar>> bars = new LinkedHashMap<>();
        if (agentMrds.isEmpty()) {
            return bars;
        }
        dsl.selectFrom(AGENT_STATE_SPAN)
                .where(DSL.row(AGENT_STATE_SPAN.SKILL_TARGET_ID, AGENT_STATE_SPAN.MR_DOMAIN_ID).in(rows(agentMrds)))
                .and(AGENT_STATE_SPAN.SPAN_START.lt(Instants.utc(view.to())))
                .and(AGENT_STATE_SPAN.SPAN_END.gt(Instants.utc(view.from())))
                .orderBy(AGENT_STATE_SPAN.SKILL_TARGET_ID, AGENT_STATE_SPAN.MR_DOMAIN_ID, AGENT_STATE_SPAN.SPAN_START)
                .forEach(span -> bars.computeIfAbsent(new AgentMrd(span.getSkillTargetId(), span.getMrDomainId()),
                        k -> new ArrayList<>()).add(new StateBar(
                        Instants.millis(span.getSpanStart()), Instants.millis(span.getSpanEnd()),
                        span.getAgentState(), span.getReasonCode(), span.getProvenance(), span.getRule(),
                        span.getOutageId())));
        return bars;
    }

    private record AgentMrd(int skillTargetId, int mrDomainId) {
    }

    private static List<Row2<Integer, Integer>> rows(List<AgentMrd> agentMrds) {
        return agentMrds.stream().map(agentMrd -> DSL.row(agentMrd.skillTargetId(), agentMrd.mrDomainId())).toList();
    }

    /** The tasks the outage changed, the first {@code maxRows} by start. */
    public List<ReportedTask> tasks(String outageId, int maxRows) {
        return dsl.select(TASK.RECOVERY_KEY, TASK.AGENT_SKILL_TARGET_ID, AGENT.ENTERPRISE_NAME, TASK.MR_DOMAIN_ID,
                        TASK.TASK_START, TASK.TASK_END, TASK.CALL_DISPOSITION, TASK.SOURCE_CALL_DISPOSITION, TASK.RULE)
                .from(TASK).leftJoin(AGENT).on(AGENT.SKILL_TARGET_ID.eq(TASK.AGENT_SKILL_TARGET_ID))
                .where(TASK.OUTAGE_ID.eq(outageId))
                .orderBy(TASK.TASK_START, TASK.RECOVERY_KEY)
                .limit(maxRows)
                .fetch(row -> new ReportedTask(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8(), row.value9()));
    }

    /** Seconds since the epoch with their fraction, as both databases compute them for EXTRACT(EPOCH …). */
    private static Field<BigDecimal> epochSeconds(Field<OffsetDateTime> time) {
        return DSL.field("EXTRACT(EPOCH FROM {0})", SQLDataType.NUMERIC, time);
    }

    private static long wholeSeconds(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    private static Map<String, Long> counts(List<? extends Record> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put(String.valueOf(row.get(0)), row.get(1, Long.class)));
        return counts;
    }
}
