package org.outagerecon.rules.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Provenance;
import org.outagerecon.domain.Rule;

/**
 * Readable fixtures for the rule tests: times of one fixed UTC day written as {@code "09:30"}, source rows as
 * {@code "09:00 2 7"} (instant, state, optional reason) and spans as
 * {@code "09:10 09:30 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT"} (start, end or {@code open}, state, optional
 * reason or {@code -} for null, optional provenance, outage and rule; a span without them is a plain source span).
 */
public final class RuleFixtures {

    /** The fixed day all readable times fall on; a Monday, no DST anywhere near. */
    public static final long DAY = Instant.parse("2024-03-04T00:00:00Z").toEpochMilli();
    public static final long MINUTE = 60_000L;
    public static final int PERIPHERAL = 5000;
    public static final int OTHER_PERIPHERAL = 5001;
    public static final int AGENT = 1001;
    public static final int VOICE_MRD = 1;
    public static final int CHAT_MRD = 2;
    /** An agent of {@link #PERIPHERAL} in its voice MRD. */
    public static final AgentMrd VOICE_AGENT = new AgentMrd(AGENT, VOICE_MRD, PERIPHERAL, true);
    /** The same agent in a non-voice MRD. */
    public static final AgentMrd CHAT_AGENT = new AgentMrd(AGENT, CHAT_MRD, PERIPHERAL, false);

    private RuleFixtures() {
    }

    /** {@code "09:30"}, {@code "09:30:15"} or {@code "09:30:15.250"} on {@link #DAY}; {@code "open"} is +∞. */
    public static long t(String time) {
        if (time.equals("open")) {
            return Long.MAX_VALUE;
        }
        return DAY + LocalTime.parse(time).toNanoOfDay() / 1_000_000;
    }

    /** The inverse of {@link #t}, for readable failure messages; instants off {@link #DAY} print as ISO. */
    public static String time(long instant) {
        if (instant == Long.MAX_VALUE) {
            return "open";
        }
        if (instant < DAY || instant >= DAY + 24 * 60 * MINUTE) {
            return Instant.ofEpochMilli(instant).toString();
        }
        LocalTime local = LocalTime.ofNanoOfDay((instant - DAY) * 1_000_000);
        return local.getSecond() == 0 && local.getNano() == 0 ? local.toString().substring(0, 5) : local.toString();
    }

    /** Source rows {@code "instant state [reason]"}, in list order (the recovery-key order). */
    public static List<StateRow> rows(String... rows) {
        List<StateRow> result = new ArrayList<>();
        for (String row : rows) {
            String[] token = row.trim().split("\\s+");
            result.add(new StateRow(t(token[0]), Integer.parseInt(token[1]),
                    token.length > 2 ? reasonCode(token[2]) : null));
        }
        return result;
    }

    /** A whole timeline in one string, rows separated by commas: handy in {@code @CsvSource} cells. */
    public static List<StateRow> timeline(String commaSeparatedRows) {
        return rows(commaSeparatedRows.split(","));
    }

    public static List<Span> spans(String... spans) {
        return Arrays.stream(spans).map(RuleFixtures::span).toList();
    }

    public static Span span(String text) {
        String[] token = text.trim().split("\\s+");
        Tail tail = Tail.parse(token, 3);
        return new Span(t(token[0]), t(token[1]), Integer.parseInt(token[2]), tail.reason, tail.provenance,
                tail.outageId, tail.rule);
    }

    /** Logout rows written as {@code "login logout [reason] [provenance outage rule]"}. */
    public static List<Logout> logouts(String... logouts) {
        List<Logout> result = new ArrayList<>();
        for (String text : logouts) {
            String[] token = text.trim().split("\\s+");
            Tail tail = Tail.parse(token, 2);
            result.add(new Logout(t(token[0]), t(token[1]), tail.reason, tail.provenance, tail.outageId, tail.rule));
        }
        return result;
    }

    public static String describe(Span span) {
        return time(span.start()) + " " + time(span.end()) + " " + span.state() + " "
                + describeTail(span.reasonCode(), span.provenance(), span.outageId(), span.rule());
    }

    public static String describe(Logout logout) {
        return time(logout.loginAt()) + " " + time(logout.logoutAt()) + " "
                + describeTail(logout.reasonCode(), logout.provenance(), logout.outageId(), logout.rule());
    }

    /** A confirmed outage on {@link #PERIPHERAL} (MRD-scoped components name {@link #VOICE_MRD} instead). */
    public static Outage outage(String id, Component component, String start, String end) {
        return outage(id, component, t(start), t(end));
    }

    public static Outage outage(String id, Component component, long start, long end) {
        boolean mrdScoped = component.scope() == Component.Scope.MEDIA_ROUTING_DOMAIN;
        return new Outage(id, component, mrdScoped ? null : PERIPHERAL, mrdScoped ? VOICE_MRD : null, start, end);
    }

    /** Outages written as {@code "id COMPONENT start end [peripheral]; ..."}; see {@link #outage}. */
    public static Outage[] outages(String text) {
        if (text == null || text.isBlank()) {
            return new Outage[0];
        }
        return Arrays.stream(text.split(";")).map(outage -> {
            String[] token = outage.trim().split("\\s+");
            Outage onPeripheral = outage(token[0], Component.valueOf(token[1]), token[2], token[3]);
            return token.length < 5 ? onPeripheral : new Outage(onPeripheral.id(), onPeripheral.component(),
                    Integer.valueOf(token[4]), onPeripheral.mrDomainId(), onPeripheral.start(), onPeripheral.end());
        }).toArray(Outage[]::new);
    }

    /** Applies the outages (in application order) to the rows and merges the result, as the job does. */
    public static OutageEffects.Result apply(AgentMrd agentMrd, List<StateRow> rows, Outage... outages) {
        List<Outage> ordered = Arrays.stream(outages).sorted(Outage.APPLICATION_ORDER).toList();
        OutageEffects.Result result = OutageEffects.apply(agentMrd, SourceTimeline.spans(rows), ordered);
        return new OutageEffects.Result(SpanMerger.merge(result.spans()), result.affected());
    }

    public static List<Span> reconcile(AgentMrd agentMrd, List<StateRow> rows, Outage... outages) {
        return apply(agentMrd, rows, outages).spans();
    }

    /**
     * Rows with distinct instants and differing neighbours as the spans they describe, the last one ending at
     * {@code until}: the untouched part of a timeline before an outage, written without the code under test.
     */
    public static List<String> sourceSpansUntil(List<StateRow> rows, String until) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            StateRow row = rows.get(i);
            long end = i + 1 < rows.size() ? rows.get(i + 1).at() : t(until);
            result.add(time(row.at()) + " " + time(end) + " " + row.state() + " " + reasonText(row.reasonCode()));
        }
        return result;
    }

    /** Asserts the whole span list: readable first (for the failure message), then field by field. */
    public static void assertSpans(List<Span> actual, String... expected) {
        assertSpans(actual, List.of(expected));
    }

    public static void assertSpans(List<Span> actual, List<String> expected) {
        List<Span> expectedSpans = expected.stream().map(RuleFixtures::span).toList();
        assertThat(actual.stream().map(RuleFixtures::describe).toList())
                .containsExactlyElementsOf(expectedSpans.stream().map(RuleFixtures::describe).toList());
        assertThat(actual).containsExactlyElementsOf(expectedSpans);
    }

    public static void assertLogouts(List<Logout> actual, String... expected) {
        List<Logout> expectedLogouts = logouts(expected);
        assertThat(actual.stream().map(RuleFixtures::describe).toList())
                .containsExactlyElementsOf(expectedLogouts.stream().map(RuleFixtures::describe).toList());
        assertThat(actual).containsExactlyElementsOf(expectedLogouts);
    }

    /** One agent-MRD's history for the property tests: its source rows and the outages, in application order. */
    public record History(AgentMrd agentMrd, List<StateRow> rows, List<Outage> outages) {

        /** Readable in a failing property's message, in the notation of {@link #rows} and {@link #outages}. */
        @Override
        public String toString() {
            return agentMrd + " rows " + rows.stream().map(row -> time(row.at()) + " " + row.state() + " "
                    + reasonText(row.reasonCode())).toList() + " outages " + outages.stream().map(outage -> outage.id()
                    + " " + outage.component() + " " + time(outage.start()) + " " + time(outage.end()) + " "
                    + outage.peripheralId()).toList();
        }
    }

    private static final Integer[] RANDOM_REASONS = {null, 0, 7, OutageEffects.FAILOVER_LOGOUT_REASON};

    /**
     * A random history between 06:00 and 18:00. Rows and outage bounds fall mostly on a 5-minute grid so that they
     * meet (rows at the same instant, outages starting at a row or at another's end); some carry milliseconds.
     */
    public static History randomHistory(Random random) {
        AgentMrd agentMrd = switch (random.nextInt(8)) {
            case 0 -> CHAT_AGENT;
            case 1 -> new AgentMrd(AGENT, VOICE_MRD, null, true);
            default -> VOICE_AGENT;
        };
        List<StateRow> rows = new ArrayList<>();
        for (int i = random.nextInt(16); i > 0; i--) {
            int state = random.nextInt(4) == 0 ? AgentState.LOGGED_OFF : random.nextInt(AgentState.MAX + 1);
            Integer reason = RANDOM_REASONS[random.nextInt(RANDOM_REASONS.length)];
            rows.add(new StateRow(randomInstant(random), state, reason));
        }
        rows.sort((a, b) -> Long.compare(a.at(), b.at()));
        List<Outage> outages = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            Outage previous = outages.isEmpty() ? null : outages.get(outages.size() - 1);
            long start = switch (random.nextInt(3)) {
                case 0 -> rows.isEmpty() ? randomInstant(random) : rows.get(random.nextInt(rows.size())).at();
                case 1 -> previous == null || previous.isOpen() ? randomInstant(random) : previous.end();
                default -> randomInstant(random);
            };
            long end = random.nextInt(8) == 0 ? Outage.OPEN : start + (1 + random.nextInt(12)) * 5 * MINUTE;
            Component component = Component.values()[random.nextInt(Component.values().length)];
            Outage outage = outage("o" + i, component, start, end);
            outages.add(random.nextInt(8) > 0 ? outage : new Outage(outage.id(), component, OTHER_PERIPHERAL,
                    outage.mrDomainId(), start, end));
        }
        outages.sort(Outage.APPLICATION_ORDER);
        return new History(agentMrd, rows, outages);
    }

    private static long randomInstant(Random random) {
        long onGrid = DAY + 6 * 60 * MINUTE + random.nextInt(12 * 12) * 5 * MINUTE;
        return random.nextInt(6) == 0 ? onGrid + random.nextInt(300_000) : onGrid;
    }

    private static Integer reasonCode(String token) {
        return token.equals("-") ? null : Integer.valueOf(token);
    }

    private static String reasonText(Integer reason) {
        return reason == null ? "-" : reason.toString();
    }

    private static String describeTail(Integer reason, Provenance provenance, String outageId, Rule rule) {
        return provenance == Provenance.SOURCE && outageId == null && rule == null
                ? reasonText(reason) : reasonText(reason) + " " + provenance + " " + outageId + " " + rule;
    }

    /** The optional columns after the instants and state: reason, then provenance, outage and rule. */
    private record Tail(Integer reason, Provenance provenance, String outageId, Rule rule) {

        static Tail parse(String[] token, int from) {
            int next = from;
            Integer reason = null;
            if (next < token.length && (token[next].equals("-") || token[next].matches("-?\\d+"))) {
                reason = reasonCode(token[next++]);
            }
            if (next == token.length) {
                return new Tail(reason, Provenance.SOURCE, null, null);
            }
            if (token.length - next != 3) {
                throw new IllegalArgumentException("want provenance, outage and rule: " + String.join(" ", token));
            }
            return new Tail(reason, Provenance.valueOf(token[next]), token[next + 1], Rule.valueOf(token[next + 2]));
        }
    }
}
