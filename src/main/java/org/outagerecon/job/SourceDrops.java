package org.outagerecon.job;

import static org.outagerecon.db.hds.Tables.AGENT;
import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
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
 * of V7), and per chain the logged-on agents at its start and the agents' back instants, by the timeline index too.
 * Never a pass over the day's rows. The statements are index probes: run them with {@code IndexProbes.withoutJit}.
 */
@Repository
public class SourceDrops {

    private static final AgentStateTrace CANDIDATE = AGENT_STATE_TRACE.as("candidate");
    private static final AgentStateTrace EARLIER = AGENT_STATE_TRACE.as("earlier");
    private static final AgentStateTrace LATER = AGENT_STATE_TRACE.as("later");
    private static final AgentStateTrace ANY_MRD = AGENT_STATE_TRACE.as("any_mrd");

    private final DSLContext dsl;

    public SourceDrops(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * An agent-MRD's rows after {@code after} (d(a)) and before {@code before} (null: no end). Many of them go to
     * a statement as one table of four array parameters, whatever their number: as a {@code VALUES} list, 5,000 of
     * them took jOOQ 0.1 s to render and bind, and PostgreSQL allows 65,535 bound values per statement.
     */
    private record Span(int agent, int mrd, OffsetDateTime after, OffsetDateTime before) {

        static Spans table(String alias, List<Span> spans) {
            Table<?> table = DSL.table("unnest({0}, {1}, {2}, {3})",
                    DSL.val(spans.stream().map(Span::agent).toArray(Integer[]::new), SQLDataType.INTEGER.array()),
                    DSL.val(spans.stream().map(Span::mrd).toArray(Integer[]::new), SQLDataType.INTEGER.array()),
                    DSL.val(spans.stream().map(Span::after).toArray(OffsetDateTime[]::new), TIMES),
                    DSL.val(spans.stream().map(Span::before).toArray(OffsetDateTime[]::new), TIMES))
                    .as(alias, "agent", "mrd", "after", "before");
            return new Spans(table, DSL.field(DSL.name(alias, "agent"), Integer.class),
                    DSL.field(DSL.name(alias, "mrd"), Integer.class),
                    DSL.field(DSL.name(alias, "after"), OffsetDateTime.class),
                    DSL.field(DSL.name(alias, "before"), OffsetDateTime.class));
        }

        private static final DataType<OffsetDateTime[]> TIMES = AGENT_STATE_TRACE.DATE_TIME.getDataType().array();
    }

    /** Spans as a table and its columns. */
    private record Spans(Table<?> table, Field<Integer> agent, Field<Integer> mrd, Field<OffsetDateTime> after,
                         Field<OffsetDateTime> before) {
    }

    /** A row that may drop, with the state and reason of the agent-MRD's row before it (null state: none). */
    private record Candidate(int agent, int mrd, int peripheral, long at, BigDecimal recoveryKey, StateRow row,
                             StateRow previous) {

        boolean sameAgentMrd(Candidate other) {
            return agent == other.agent && mrd == other.mrd;
        }
    }

    /** The drops in {@code [from, to)} of agents with an agent row, in (agent, MRD, time) order. */
    public List<Drop> drops(long from, long to, DetectSettings settings, ReferenceData reference) {
        var c = CANDIDATE;
        List<Candidate> candidates = candidates(c.join(AGENT).on(AGENT.SKILL_TARGET_ID.eq(c.SKILL_TARGET_ID)),
                c.DATE_TIME.ge(Instants.utc(from)).and(c.DATE_TIME.lt(Instants.utc(to))).and(mayDrop(c, settings)));
        boolean[] drops = statuses(candidates, settings);
        List<Drop> result = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (drops[i]) {
                result.add(new Drop(candidate.agent(), candidate.peripheral(), candidate.mrd(),
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

    /**
     * A column of the agent-MRD's row just before the given one in the order of rules.md §1, by the timeline index.
     */
    private static <T> Field<T> previous(Field<Integer> agent, Field<Integer> mrd, Field<OffsetDateTime> at,
                                         Field<BigDecimal> recoveryKey, Field<T> column) {
        var e = EARLIER;
        return DSL.field(DSL.select(column).from(e)
                .where(e.SKILL_TARGET_ID.eq(agent), e.MR_DOMAIN_ID.eq(mrd),
                        DSL.row(e.DATE_TIME, e.RECOVERY_KEY).lt(at, recoveryKey))
                .orderBy(e.DATE_TIME.desc(), e.RECOVERY_KEY.desc()).limit(DSL.inline(1)));
    }

    /**
     * The rows of agents with an agent row that meet the condition (on {@link #CANDIDATE}), each with its previous
     * row's state and reason, in (agent, MRD, time) order. They are found first and sorted, then each one's previous
     * row looked up in that order, near the one before in the index: 0.4 s for the 47,000 of the benchmark day,
     * 0.5 s in the order the rows were found.
     */
    private List<Candidate> candidates(Table<?> source, Condition condition) {
        var c = CANDIDATE;
        var found = DSL.name("found").asMaterialized(DSL.select(c.SKILL_TARGET_ID, c.MR_DOMAIN_ID, c.DATE_TIME,
                        c.RECOVERY_KEY, c.AGENT_STATE, c.REASON_CODE, AGENT.PERIPHERAL_ID).from(source).where(condition)
                .orderBy(c.SKILL_TARGET_ID, c.MR_DOMAIN_ID, c.DATE_TIME, c.RECOVERY_KEY));
        Field<Integer> agent = found.field(c.SKILL_TARGET_ID);
        Field<Integer> mrd = found.field(c.MR_DOMAIN_ID);
        Field<OffsetDateTime> at = found.field(c.DATE_TIME);
        Field<BigDecimal> recoveryKey = found.field(c.RECOVERY_KEY);
        return dsl.with(found)
                .select(agent, mrd, at, recoveryKey, found.field(c.AGENT_STATE), found.field(c.REASON_CODE),
                        previous(agent, mrd, at, recoveryKey, EARLIER.AGENT_STATE),
                        previous(agent, mrd, at, recoveryKey, EARLIER.REASON_CODE), found.field(AGENT.PERIPHERAL_ID))
                .from(found)
                .orderBy(agent, mrd, at, recoveryKey)
                .fetch(record -> new Candidate(record.value1(), record.value2(), record.value9(),
                        Instants.millis(record.value3()), record.value4(),
                        new StateRow(Instants.millis(record.value3()), record.value5(), record.value6()),
                        record.value7() == null ? null : new StateRow(0, record.value7(), record.value8())));
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

        private final DetectSettings settings;

        Evidence(DetectSettings settings) {
            this.settings = settings;
        }

        /**
         * One statement over the peripheral's agent-MRDs answers L and, for most of the chain's agents, the back
         * instant, by probes from t1 that need no list of the chain's agents: an agent-MRD whose first row after t1
         * that is not logged off comes after its d(a) (t1 &le; d(a)) has no such row between its d(a) and that one.
         * The other agent-MRDs of the chain's agents (active between t1 and their drop, or dropped by a Not Ready,
         * itself a row not logged off) are probed again from their d(a).
         * Measured on the 12,000-agent benchmark day: 0.3 s for a chain of 5,459 agents, where one statement for L
         * and eleven for the back instants (500 agents each, from d(a)) took 0.9 s.
         */
        @Override
        public MassDrops.Seen of(int peripheralId, long t1, Map<Integer, Long> firstDropByAgent) {
            Set<Integer> loggedOn = new HashSet<>();
            Backs backs = new Backs();
            List<Span> probeAgain = new ArrayList<>();
            for (var record : peripheralAgentMrds(peripheralId, t1)) {
                int agent = record.value1();
                if (record.value3() != null && record.value3() != AgentState.LOGGED_OFF) {
                    loggedOn.add(agent);
                }
                Long firstDrop = firstDropByAgent.get(agent);
                OffsetDateTime firstOn = record.value5();
                if (firstDrop == null || firstOn == null) {
                    continue;
                }
                OffsetDateTime droppedAt = Instants.utc(firstDrop);
                if (firstOn.isAfter(droppedAt)) {
                    backs.add(agent, record.value2(), droppedAt, record.value4(), firstOn);
                } else {
                    probeAgain.add(new Span(agent, record.value2(), droppedAt, null));
                }
            }
            if (!probeAgain.isEmpty()) {
                for (var record : fromFirstDrops(probeAgain)) {
                    if (record.value5() != null) {
                        backs.add(record.value1(), record.value2(), record.value3(), record.value4(), record.value5());
                    }
                }
            }
            return new MassDrops.Seen(loggedOn.size(), backs.instants());
        }

        /** Back instants as the probes find them; rows that decide wait for {@link #instants}. */
        private final class Backs {

            private final Map<Integer, Long> instants = new HashMap<>();
            private final List<Span> rowsToWeigh = new ArrayList<>();

            /**
             * An agent-MRD's first row after d(a) that is not logged off and its first plain one (may not drop):
             * the same one is the back instant on this MRD; an earlier one is a Not Ready that may drop, and the
             * rows between decide.
             */
            void add(int agent, int mrd, OffsetDateTime droppedAt, OffsetDateTime firstPlain, OffsetDateTime firstOn) {
                if (firstPlain != null) {
                    instants.merge(agent, Instants.millis(firstPlain), Math::min);
                }
                if (firstPlain == null || !firstOn.isEqual(firstPlain)) {
                    rowsToWeigh.add(new Span(agent, mrd, droppedAt, firstPlain));
                }
            }

            Map<Integer, Long> instants() {
                if (!rowsToWeigh.isEmpty()) {
                    firstNotDropping(rowsToWeigh).forEach((agent, back) -> instants.merge(agent, back, Math::min));
                }
                return instants;
            }
        }

        /**
         * The peripheral's agent-MRDs, each agent's MRDs by a skip scan of the timeline index (a recursive query),
         * with the state before t1 and the first plain row and the first row not logged off after t1.
         */
        private Result<Record5<Integer, Integer, Short, OffsetDateTime, OffsetDateTime>>
                peripheralAgentMrds(int peripheralId, long t1) {
            CommonTableExpression<?> agentMrds = MRDS.fields("agent", "mrd").as(
                    DSL.select(AGENT.SKILL_TARGET_ID, firstMrdAfter(AGENT.SKILL_TARGET_ID, null))
                            .from(AGENT).where(AGENT.PERIPHERAL_ID.eq(peripheralId))
                            .unionAll(DSL.select(AGENT_ID, firstMrdAfter(AGENT_ID, MRD_ID))
                                    .from(DSL.table(MRDS)).where(MRD_ID.isNotNull())));
            var e = EARLIER;
            Field<Short> stateBefore = DSL.field(DSL.select(e.AGENT_STATE).from(e)
                    .where(e.SKILL_TARGET_ID.eq(AGENT_ID), e.MR_DOMAIN_ID.eq(MRD_ID), e.DATE_TIME.lt(Instants.utc(t1)))
                    .orderBy(e.DATE_TIME.desc(), e.RECOVERY_KEY.desc()).limit(DSL.inline(1)));
            Field<OffsetDateTime> after = DSL.val(Instants.utc(t1), AGENT_STATE_TRACE.DATE_TIME);
            return dsl.withRecursive(agentMrds)
                    .select(AGENT_ID, MRD_ID, stateBefore, firstPlainAfter(AGENT_ID, MRD_ID, after),
                            firstOnAfter(AGENT_ID, MRD_ID, after))
                    .from(agentMrds).where(MRD_ID.isNotNull()).fetch();
        }

        /** Each agent-MRD from its d(a) with its first plain row and its first row not logged off after d(a). */
        private Result<Record5<Integer, Integer, OffsetDateTime, OffsetDateTime, OffsetDateTime>> fromFirstDrops(
                List<Span> agentMrds) {
            Spans dropped = Span.table("dropped", agentMrds);
            return dsl.select(dropped.agent(), dropped.mrd(), dropped.after(),
                            firstPlainAfter(dropped.agent(), dropped.mrd(), dropped.after()),
                            firstOnAfter(dropped.agent(), dropped.mrd(), dropped.after()))
                    .from(dropped.table()).fetch();
        }

        /** The agent-MRD's first row after {@code after} that is not logged off and may not drop, by one probe. */
        private Field<OffsetDateTime> firstPlainAfter(Field<Integer> agent, Field<Integer> mrd,
                                                      Field<OffsetDateTime> after) {
            var l = LATER;
            return DSL.field(DSL.select(DSL.min(l.DATE_TIME)).from(l)
                    .where(l.SKILL_TARGET_ID.eq(agent), l.MR_DOMAIN_ID.eq(mrd), l.DATE_TIME.gt(after),
                            l.AGENT_STATE.ne(DSL.inline((short) AgentState.LOGGED_OFF)),
                            DSL.not(mayDrop(l, settings)).or(l.REASON_CODE.isNull())));
        }

        /** The agent-MRD's first row after {@code after} that is not logged off, by one probe. */
        private static Field<OffsetDateTime> firstOnAfter(Field<Integer> agent, Field<Integer> mrd,
                                                          Field<OffsetDateTime> after) {
            var l = LATER;
            return DSL.field(DSL.select(DSL.min(l.DATE_TIME)).from(l)
                    .where(l.SKILL_TARGET_ID.eq(agent), l.MR_DOMAIN_ID.eq(mrd), l.DATE_TIME.gt(after),
                            l.AGENT_STATE.ne(DSL.inline((short) AgentState.LOGGED_OFF))));
        }

        /**
         * Rows between d(a) and the first plain row back that may drop: Not Readys with a reason in the set. A
         * re-login Not Ready 50002 after a logout is one (no drop: the row before it is logged off).
         */
        private Condition mayDropAfter(AgentStateTrace row, Field<Integer> agent, Field<Integer> mrd,
                                       Field<OffsetDateTime> after, Field<OffsetDateTime> before) {
            return row.SKILL_TARGET_ID.eq(agent).and(row.MR_DOMAIN_ID.eq(mrd)).and(row.DATE_TIME.gt(after))
                    .and(before.isNull().or(row.DATE_TIME.lt(before)))
                    .and(row.AGENT_STATE.eq(DSL.inline((short) AgentState.NOT_READY))).and(mayDrop(row, settings));
        }

        /**
         * Per agent, the first of the given agent-MRDs' rows that may drop between d(a) and the first plain row back
         * and is no drop, from one statement: each (agent, MRD, d(a), first plain row back).
         */
        private Map<Integer, Long> firstNotDropping(List<Span> ranges) {
            Spans spans = Span.table("spans", ranges);
            var c = CANDIDATE;
            List<Candidate> rows = candidates(c.join(AGENT).on(AGENT.SKILL_TARGET_ID.eq(c.SKILL_TARGET_ID))
                            .join(spans.table()).on(c.SKILL_TARGET_ID.eq(spans.agent())),
                    mayDropAfter(c, spans.agent(), spans.mrd(), spans.after(), spans.before()));
            boolean[] drops = statuses(rows, settings);
            Map<Integer, Long> backs = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                if (!drops[i]) {
                    backs.merge(rows.get(i).agent(), rows.get(i).at(), Math::min);
                }
            }
            return backs;
        }

        /** The agent's smallest MRD above {@code after} (null: its smallest), by the timeline index. */
        private static Field<Integer> firstMrdAfter(Field<Integer> agent, Field<Integer> after) {
            var a = ANY_MRD;
            return DSL.field(DSL.select(DSL.min(a.MR_DOMAIN_ID)).from(a).where(a.SKILL_TARGET_ID.eq(agent),
                    after == null ? DSL.noCondition() : a.MR_DOMAIN_ID.gt(after)));
        }
    }
}
