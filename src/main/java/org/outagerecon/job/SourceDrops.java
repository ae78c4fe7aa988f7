package org.outagerecon.job;

import static org.outagerecon.db.hds.Tables.AGENT;
import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Row2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.outagerecon.db.hds.tables.AgentStateTrace;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.Instants;
import org.outagerecon.rules.detect.DetectSettings;
import org.outagerecon.rules.detect.Drop;
import org.outagerecon.rules.detect.DropRule;
import org.outagerecon.rules.detect.MassDrops;
import org.outagerecon.rules.timeline.StateRow;
import org.springframework.stereotype.Repository;

/**
 * What detection reads of the source state rows (rules.md §8.1), and only that: the rows that may drop in a time
 * range, each with its previous row by the timeline index (on PostgreSQL the candidates come from the partial index
 * of V7), the logged-on agents at a chain's start and the agents' back instants, by the timeline index too. Never
 * a pass over the day's rows.
 */
@Repository
public class SourceDrops {

    /** Agents per statement of {@link Evidence#backInstants}: two bound values each. */
    private static final int AGENTS_PER_STATEMENT = 500;

    private static final AgentStateTrace CANDIDATE = AGENT_STATE_TRACE.as("candidate");
    private static final AgentStateTrace EARLIER = AGENT_STATE_TRACE.as("earlier");
    private static final AgentStateTrace LATER = AGENT_STATE_TRACE.as("later");
    private static final AgentStateTrace ANY_MRD = AGENT_STATE_TRACE.as("any_mrd");

    private final DSLContext dsl;

    public SourceDrops(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A row that may drop, with the state and reason of the agent-MRD's row before it (null state: none). */
    private record Candidate(int agent, int mrd, long at, BigDecimal recoveryKey, StateRow row, StateRow previous) {

        boolean sameAgentMrd(Candidate other) {
            return agent == other.agent && mrd == other.mrd;
        }
    }

    /** The drops in {@code [from, to)} of agents with an agent row, in (agent, MRD, time) order. */
    public List<Drop> drops(long from, long to, DetectSettings settings, ReferenceData reference) {
        var c = CANDIDATE;
        List<Integer> peripherals = new ArrayList<>();
        List<Candidate> candidates = candidates(c.DATE_TIME.ge(Instants.utc(from))
                .and(c.DATE_TIME.lt(Instants.utc(to))).and(mayDrop(c, settings)),
                record -> peripherals.add(record.get(AGENT.PERIPHERAL_ID)));
        boolean[] drops = statuses(candidates, settings);
        List<Drop> result = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (drops[i]) {
                result.add(new Drop(candidate.agent(), peripherals.get(i), candidate.mrd(),
                        reference.mrd(candidate.mrd()).isVoice(), candidate.at(), candidate.row().reasonCode()));
            }
        }
        return result;
    }

    /** The chains' evidence from the source rows (rules.md §8.1: L and the back instants). */
    public MassDrops.Evidence evidence(DetectSettings settings) {
        return new Evidence(settings);
    }

    /**
     * State 0 or 2 with a reason in the set (rules.md §8.1). The states are inlined: with bound values PostgreSQL
     * could not match the predicate of the partial index of V7.
     */
    private static Condition mayDrop(AgentStateTrace trace, DetectSettings settings) {
        return trace.AGENT_STATE.in(DSL.inline((short) AgentState.LOGGED_OFF), DSL.inline((short) AgentState.NOT_READY))
                .and(trace.REASON_CODE.in(settings.reasons().stream().sorted().map(DSL::inline).toList()));
    }

    /** A column of the agent-MRD's row just before {@code row} in the order of rules.md §1, by the timeline index. */
    private static <T> Field<T> previous(AgentStateTrace row, Field<T> column) {
        var e = EARLIER;
        return DSL.field(DSL.select(column).from(e)
                .where(e.SKILL_TARGET_ID.eq(row.SKILL_TARGET_ID), e.MR_DOMAIN_ID.eq(row.MR_DOMAIN_ID),
                        DSL.row(e.DATE_TIME, e.RECOVERY_KEY).lt(row.DATE_TIME, row.RECOVERY_KEY))
                .orderBy(e.DATE_TIME.desc(), e.RECOVERY_KEY.desc()).limit(DSL.inline(1)));
    }

    /**
     * The rows of agents with an agent row that meet the condition (on {@link #CANDIDATE}), each with its previous
     * row's state and reason, in (agent, MRD, time) order; {@code alongside} sees each record (its peripheral).
     */
    private List<Candidate> candidates(Condition condition, java.util.function.Consumer<Record> alongside) {
        var c = CANDIDATE;
        var records = dsl.select(c.SKILL_TARGET_ID, c.MR_DOMAIN_ID, c.DATE_TIME, c.RECOVERY_KEY, c.AGENT_STATE,
                        c.REASON_CODE, previous(c, EARLIER.AGENT_STATE), previous(c, EARLIER.REASON_CODE),
                        AGENT.PERIPHERAL_ID)
                .from(c).join(AGENT).on(AGENT.SKILL_TARGET_ID.eq(c.SKILL_TARGET_ID))
                .where(condition)
                .orderBy(c.SKILL_TARGET_ID, c.MR_DOMAIN_ID, c.DATE_TIME, c.RECOVERY_KEY)
                .fetch();
        List<Candidate> candidates = new ArrayList<>(records.size());
        for (Record record : records) {
            Short previousState = (Short) record.get(6);
            candidates.add(new Candidate((Integer) record.get(0), (Integer) record.get(1),
                    Instants.millis((OffsetDateTime) record.get(2)), (BigDecimal) record.get(3),
                    new StateRow(Instants.millis((OffsetDateTime) record.get(2)), (Short) record.get(4),
                            (Integer) record.get(5)),
                    previousState == null ? null : new StateRow(0, previousState, (Integer) record.get(7))));
            alongside.accept(record);
        }
        return candidates;
    }

    /**
     * Which candidates are drops. Candidates come in (agent, MRD, time) order, every candidate of each agent-MRD
     * of the range: a candidate's previous row that may drop is then the candidate before it, if that one is of the
     * same agent-MRD, else it lies before the range and is looked up.
     */
    private boolean[] statuses(List<Candidate> candidates, DetectSettings settings) {
        boolean[] drops = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            StateRow previous = candidate.previous();
            boolean previousIsDrop = false;
            if (previous != null && DropRule.needsRowBefore(settings, previous)) {
                previousIsDrop = i > 0 && candidate.sameAgentMrd(candidates.get(i - 1)) ? drops[i - 1]
                        : previousIsDrop(candidate, settings);
            }
            drops[i] = DropRule.isDrop(settings, candidate.row(), previous, previousIsDrop);
        }
        return drops;
    }

    /**
     * Whether the row before the candidate is a drop: its rows back to one that is no Not Ready that may drop
     * decide (rare: two such rows in a row).
     */
    private boolean previousIsDrop(Candidate candidate, DetectSettings settings) {
        var e = EARLIER;
        List<StateRow> rows = new ArrayList<>();
        try (var cursor = dsl.select(e.DATE_TIME, e.AGENT_STATE, e.REASON_CODE).from(e)
                .where(e.SKILL_TARGET_ID.eq(candidate.agent()), e.MR_DOMAIN_ID.eq(candidate.mrd()),
                        DSL.row(e.DATE_TIME, e.RECOVERY_KEY).lt(Instants.utc(candidate.at()), candidate.recoveryKey()))
                .orderBy(e.DATE_TIME.desc(), e.RECOVERY_KEY.desc()).fetchSize(16).fetchLazy()) {
            for (var record : cursor) {
                StateRow row = new StateRow(Instants.millis(record.value1()), record.value2(), record.value3());
                rows.add(row);
                if (!DropRule.needsRowBefore(settings, row)) {
                    break;
                }
            }
        }
        Collections.reverse(rows);
        boolean[] drops = DropRule.drops(settings, rows);
        return drops[drops.length - 1];
    }

    private final class Evidence implements MassDrops.Evidence {

        private static final Name MRDS = DSL.name("agent_mrds");
        private static final Field<Integer> AGENT_ID = DSL.field(DSL.name("agent_mrds", "agent"), Integer.class);
        private static final Field<Integer> MRD_ID = DSL.field(DSL.name("agent_mrds", "mrd"), Integer.class);
        private static final Field<OffsetDateTime> DROPPED_AT =
                DSL.field(DSL.name("agent_mrds", "dropped_at"), OffsetDateTime.class);

        private final DetectSettings settings;

        Evidence(DetectSettings settings) {
            this.settings = settings;
        }

        /**
         * The agents of P with an MRD whose last row before t1 is not logged off; each agent's MRDs by a skip scan
         * of the timeline index (a recursive query), each MRD's row before t1 by one backward probe.
         */
        @Override
        public int loggedOnAgents(int peripheralId, long t1) {
            var e = EARLIER;
            Field<Short> stateBefore = DSL.field(DSL.select(e.AGENT_STATE).from(e)
                    .where(e.SKILL_TARGET_ID.eq(AGENT_ID), e.MR_DOMAIN_ID.eq(MRD_ID), e.DATE_TIME.lt(Instants.utc(t1)))
                    .orderBy(e.DATE_TIME.desc(), e.RECOVERY_KEY.desc()).limit(DSL.inline(1)));
            var agentMrds = MRDS.fields("agent", "mrd").as(
                    DSL.select(AGENT.SKILL_TARGET_ID, firstMrdAfter(AGENT.SKILL_TARGET_ID, null)).from(AGENT)
                            .where(AGENT.PERIPHERAL_ID.eq(peripheralId))
                            .unionAll(DSL.select(AGENT_ID, firstMrdAfter(AGENT_ID, MRD_ID)).from(DSL.table(MRDS))
                                    .where(MRD_ID.isNotNull())));
            return dsl.withRecursive(agentMrds).select(DSL.countDistinct(AGENT_ID)).from(agentMrds)
                    .where(MRD_ID.isNotNull(), stateBefore.ne(DSL.inline((short) AgentState.LOGGED_OFF)))
                    .fetchOne(0, int.class);
        }

        /**
         * Per agent and MRD, the first row after d(a) that is not logged off and may not drop (by the timeline
         * index), and the rows before it that may drop, whose status decides whether one of them is already back.
         */
        @Override
        public Map<Integer, Long> backInstants(Map<Integer, Long> firstDropByAgent) {
            Map<Integer, Long> backs = new HashMap<>();
            List<Map.Entry<Integer, Long>> agents = new ArrayList<>(firstDropByAgent.entrySet());
            for (int from = 0; from < agents.size(); from += AGENTS_PER_STATEMENT) {
                backInstants(agents.subList(from, Math.min(agents.size(), from + AGENTS_PER_STATEMENT)), backs);
            }
            return backs;
        }

        private void backInstants(List<Map.Entry<Integer, Long>> agents, Map<Integer, Long> backs) {
            @SuppressWarnings("unchecked")
            Row2<Integer, OffsetDateTime>[] rows = agents.stream().map(agent -> DSL.row(
                    DSL.val(agent.getKey()), DSL.val(Instants.utc(agent.getValue()), AGENT_STATE_TRACE.DATE_TIME)))
                    .toArray(Row2[]::new);
            Table<?> dropped = DSL.values(rows).as("dropped", "agent", "dropped_at");
            Field<Integer> droppedAgent = DSL.field(DSL.name("dropped", "agent"), Integer.class);
            Field<OffsetDateTime> droppedAt = DSL.field(DSL.name("dropped", "dropped_at"), OffsetDateTime.class);
            CommonTableExpression<?> agentMrds = MRDS.fields("agent", "dropped_at", "mrd").as(
                    DSL.select(droppedAgent, droppedAt, firstMrdAfter(droppedAgent, null)).from(dropped)
                            .unionAll(DSL.select(AGENT_ID, DROPPED_AT, firstMrdAfter(AGENT_ID, MRD_ID))
                                    .from(DSL.table(MRDS)).where(MRD_ID.isNotNull())));
            var l = LATER;
            Field<OffsetDateTime> plainBack = DSL.field(DSL.select(DSL.min(l.DATE_TIME)).from(l)
                    .where(l.SKILL_TARGET_ID.eq(AGENT_ID), l.MR_DOMAIN_ID.eq(MRD_ID), l.DATE_TIME.gt(DROPPED_AT),
                            l.AGENT_STATE.ne(DSL.inline((short) AgentState.LOGGED_OFF)), DSL.not(mayDrop(l, settings))
                                    .or(l.REASON_CODE.isNull()))).as("plain_back");
            Table<?> firsts = DSL.select(AGENT_ID, MRD_ID, DROPPED_AT, plainBack).from(agentMrds)
                    .where(MRD_ID.isNotNull()).asTable("firsts");
            Field<Integer> agent = firsts.field(AGENT_ID.getName(), Integer.class);
            Field<Integer> mrd = firsts.field(MRD_ID.getName(), Integer.class);
            Field<OffsetDateTime> after = firsts.field(DROPPED_AT.getName(), OffsetDateTime.class);
            Field<OffsetDateTime> firstPlain = firsts.field(plainBack.getName(), OffsetDateTime.class);
            var c = CANDIDATE;
            Field<OffsetDateTime> firstMayDrop = DSL.field(DSL.select(DSL.min(c.DATE_TIME)).from(c)
                    .where(mayDropAfter(c, agent, mrd, after, firstPlain)));
            for (var record : dsl.withRecursive(agentMrds).select(agent, mrd, after, firstPlain, firstMayDrop)
                    .from(firsts).fetch()) {
                if (record.value4() != null) {
                    backs.merge(record.value1(), Instants.millis(record.value4()), Math::min);
                }
                if (record.value5() != null) {
                    firstNotDropping(record.value1(), record.value2(), record.value3(), record.value4())
                            .ifPresent(back -> backs.merge(record.value1(), back, Math::min));
                }
            }
        }

        /**
         * Rows before the first plain row back that may drop: Not Readys with a reason in the set after d(a). Rare
         * (a re-login Not Ready 50002 follows a logout, which makes it no drop, but it is a row that may drop).
         */
        private Condition mayDropAfter(AgentStateTrace row, Field<Integer> agent, Field<Integer> mrd,
                                       Field<OffsetDateTime> after, Field<OffsetDateTime> before) {
            return row.SKILL_TARGET_ID.eq(agent).and(row.MR_DOMAIN_ID.eq(mrd)).and(row.DATE_TIME.gt(after))
                    .and(before.isNull().or(row.DATE_TIME.lt(before)))
                    .and(row.AGENT_STATE.eq(DSL.inline((short) AgentState.NOT_READY))).and(mayDrop(row, settings));
        }

        /** The first of the agent-MRD's rows that may drop between d(a) and its first plain row back that is none. */
        private java.util.Optional<Long> firstNotDropping(int agent, int mrd, OffsetDateTime after,
                                                          OffsetDateTime before) {
            List<Candidate> rows = candidates(mayDropAfter(CANDIDATE, DSL.val(agent), DSL.val(mrd), DSL.val(after),
                    DSL.val(before, AGENT_STATE_TRACE.DATE_TIME)), record -> { });
            boolean[] drops = statuses(rows, settings);
            for (int i = 0; i < rows.size(); i++) {
                if (!drops[i]) {
                    return java.util.Optional.of(rows.get(i).at());
                }
            }
            return java.util.Optional.empty();
        }

        /** The agent's smallest MRD above {@code after} (null: its smallest), by the timeline index. */
        private static Field<Integer> firstMrdAfter(Field<Integer> agent, Field<Integer> after) {
            var a = ANY_MRD;
            return DSL.field(DSL.select(DSL.min(a.MR_DOMAIN_ID)).from(a).where(a.SKILL_TARGET_ID.eq(agent),
                    after == null ? DSL.noCondition() : a.MR_DOMAIN_ID.gt(after)));
        }
    }
}
