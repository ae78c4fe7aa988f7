package org.outagerecon.rules.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.rules.timeline.RuleFixtures.DAY;
import static org.outagerecon.rules.timeline.RuleFixtures.MINUTE;
import static org.outagerecon.rules.timeline.RuleFixtures.randomHistory;
import static org.outagerecon.rules.timeline.RuleFixtures.reconcile;
import static org.outagerecon.rules.timeline.RuleFixtures.spans;
import static org.outagerecon.rules.timeline.RuleFixtures.t;
import static org.outagerecon.rules.timeline.RuleFixtures.time;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Provenance;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.timeline.RuleFixtures;
import org.outagerecon.rules.timeline.Span;

/**
 * rules.md §6: interval rows rebuilt from the reconciled spans. Expected rows are written as
 * {@code "09:00 loggedOn=600 available=600 incomplete"}: the start, then every column that is not 0 or false.
 */
class IntervalBuilderTest {

    /** Each column, and which span milliseconds it sums (written from rules.md §6, not from the builder). */
    private record Column(ToIntFunction<AgentInterval> seconds, Predicate<Span> counts) {
    }

    private static final Set<Integer> OTHER_STATES = Set.of(1, 9, 11, 12, 13, 14);
    private static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("logged_on_s", new Column(AgentInterval::loggedOn,
                    span -> span.state() != 0 && span.provenance() != Provenance.GAP)),
            Map.entry("available_s", new Column(AgentInterval::available, span -> span.state() == 3)),
            Map.entry("not_ready_s", new Column(AgentInterval::notReady, span -> span.state() == 2)),
            Map.entry("talking_s", new Column(AgentInterval::talking, span -> span.state() == 4)),
            Map.entry("hold_s", new Column(AgentInterval::hold, span -> span.state() == 10)),
            Map.entry("reserved_s", new Column(AgentInterval::reserved, span -> span.state() == 8)),
            Map.entry("work_ready_s", new Column(AgentInterval::workReady, span -> span.state() == 6)),
            Map.entry("work_not_ready_s", new Column(AgentInterval::workNotReady, span -> span.state() == 5)),
            Map.entry("busy_other_s", new Column(AgentInterval::busyOther, span -> span.state() == 7)),
            Map.entry("other_s", new Column(AgentInterval::other, span -> OTHER_STATES.contains(span.state()))),
            Map.entry("gap_s", new Column(AgentInterval::gap, span -> span.provenance() == Provenance.GAP)),
            Map.entry("outage_logged_off_s", new Column(AgentInterval::outageLoggedOff,
                    span -> span.state() == 0 && span.provenance() == Provenance.RECONSTRUCTED)));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "no row", textBlock = """
            # one span in [09:00, 09:30)                                | interval row
            09:00 09:10 3                                               | 09:00 loggedOn=600 available=600
            09:00 09:10 2 7                                             | 09:00 loggedOn=600 notReady=600
            09:00 09:10 4                                               | 09:00 loggedOn=600 talking=600
            09:00 09:10 10                                              | 09:00 loggedOn=600 hold=600
            09:00 09:10 8                                               | 09:00 loggedOn=600 reserved=600
            09:00 09:10 6                                               | 09:00 loggedOn=600 workReady=600
            09:00 09:10 5                                               | 09:00 loggedOn=600 workNotReady=600
            09:00 09:10 7                                               | 09:00 loggedOn=600 busyOther=600
            09:00 09:10 1                                               | 09:00 loggedOn=600 other=600
            09:00 09:10 9                                               | 09:00 loggedOn=600 other=600
            09:00 09:10 11                                              | 09:00 loggedOn=600 other=600
            09:00 09:10 12                                              | 09:00 loggedOn=600 other=600
            09:00 09:10 13                                              | 09:00 loggedOn=600 other=600
            09:00 09:10 14                                              | 09:00 loggedOn=600 other=600
            09:00 09:10 0                                               | no row
            09:00 09:10 0 7                                             | no row
            09:00 09:10 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT        | 09:00 outageLoggedOff=600 incomplete
            09:00 09:10 0 50002 RECONSTRUCTED o1 PIM_AWAIT_RESYNC       | 09:00 outageLoggedOff=600 incomplete
            09:00 09:10 0 50002 GAP o1 PIM_DATA_LOST                    | 09:00 gap=600 incomplete
            09:00 09:10 3 RECONSTRUCTED o1 POST_FAILOVER_READY          | 09:00 loggedOn=600 available=600 incomplete
            09:00 09:10 9 RECONSTRUCTED o1 POST_FAILOVER_UNRESOLVED     | 09:00 loggedOn=600 other=600 incomplete
            """)
    void eachColumnSumsItsStates(String span, String expected) {
        List<AgentInterval> intervals = IntervalBuilder.build(spans(span), new Window(t("09:00"), t("09:30")), 30);

        assertIntervals(intervals, expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                | merged timeline                                              | window       | minutes | interval rows
            spans crossing boundaries, 30 min     | 09:20 09:40 3, 09:40 10:10 4, 10:10 open 0                  | 09:00 10:30 | 30 | 09:00 loggedOn=600 available=600; 09:30 loggedOn=1800 available=600 talking=1200; 10:00 loggedOn=600 talking=600
            the same spans, 15 min                | 09:20 09:40 3, 09:40 10:10 4, 10:10 open 0                  | 09:00 10:30 | 15 | 09:15 loggedOn=600 available=600; 09:30 loggedOn=900 available=600 talking=300; 09:45 loggedOn=900 talking=900; 10:00 loggedOn=600 talking=600
            clipped to the window                 | 08:00 open 3                                                | 09:00 10:00 | 30 | 09:00 loggedOn=1800 available=1800; 09:30 loggedOn=1800 available=1800
            timeline starting inside the window   | 09:40 open 3                                                | 09:00 10:00 | 30 | 09:30 loggedOn=1200 available=1200
            only source logged-off time: no row   | 08:00 09:10 0, 09:10 09:20 3, 09:20 open 0                  | 09:00 10:00 | 30 | 09:00 loggedOn=600 available=600
            999 ms: the row exists with 0 s       | 09:00 09:00:00.999 3, 09:00:00.999 open 0                   | 09:00 10:00 | 30 | 09:00
            seconds: floor of the summed ms       | 09:00 09:00:00.600 3, 09:00:00.600 09:10 0, 09:10 09:10:00.600 3, 09:10:00.600 open 0 | 09:00 10:00 | 30 | 09:00 loggedOn=1 available=1
            incomplete where a rebuilt span overlaps | 09:00 09:20 3, 09:20 09:35 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:35 10:00 3 RECONSTRUCTED o1 POST_FAILOVER_READY, 10:00 open 3 | 09:00 10:30 | 30 | 09:00 loggedOn=1200 available=1200 outageLoggedOff=600 incomplete; 09:30 loggedOn=1500 available=1500 outageLoggedOff=300 incomplete; 10:00 loggedOn=1800 available=1800
            a rebuilt span ending at the start does not overlap | 09:00 09:30 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:30 open 3 | 09:30 10:00 | 30 | 09:30 loggedOn=1800 available=1800
            a gap with logged-on time             | 09:00 09:10 2 7, 09:10 09:20 0 50002 GAP o1 PIM_DATA_LOST, 09:20 open 0 50002 RECONSTRUCTED o1 PIM_AWAIT_RESYNC | 09:00 10:00 | 30 | 09:00 loggedOn=600 notReady=600 gap=600 outageLoggedOff=600 incomplete; 09:30 outageLoggedOff=1800 incomplete
            """)
    void intervalRows(String description, String timeline, String window, int minutes, String expected) {
        String[] bounds = window.split(" ");

        List<AgentInterval> intervals = IntervalBuilder.build(spans(timeline.split(",")),
                new Window(t(bounds[0]), t(bounds[1])), minutes);

        assertIntervals(intervals, List.of(expected.split(";")));
    }

    /**
     * For random reconciled timelines: per column, the rows' seconds are the floor of the span milliseconds inside
     * the window, give or take one rounding per row; a row exists exactly for intervals with logged-on, gap or
     * outage-logout time; and it is incomplete exactly when a rebuilt or gap span overlaps it.
     */
    @Test
    void intervalsAddUpToTheSpansInsideTheWindow() {
        Random random = new Random(15);
        for (int attempt = 0; attempt < 300; attempt++) {
            RuleFixtures.History history = randomHistory(random);
            List<Span> timeline = reconcile(history.agentMrd(), history.rows(),
                    history.outages().toArray(Outage[]::new));
            int minutes = random.nextBoolean() ? 15 : 30;
            long length = minutes * MINUTE;
            long from = DAY + 5 * 60 * MINUTE + random.nextInt(20) * length;
            Window window = new Window(from, from + (1 + random.nextInt(60)) * length);

            List<AgentInterval> intervals = IntervalBuilder.build(timeline, window, minutes);

            String context = history + " in " + window + " by " + minutes;
            COLUMNS.forEach((name, column) -> {
                long millis = millisInside(timeline, window.from(), window.to(), column.counts());
                long seconds = intervals.stream().mapToLong(column.seconds()::applyAsInt).sum();
                assertThat(millis).as("%s of %s", name, context)
                        .isBetween(seconds * 1000, seconds * 1000 + 999L * intervals.size());
            });
            List<Long> expectedStarts = new ArrayList<>();
            for (long start = window.from(); start < window.to(); start += length) {
                if (millisInside(timeline, start, start + length, IntervalBuilderTest::makesARow) > 0) {
                    expectedStarts.add(start);
                }
            }
            assertThat(intervals).as(context).extracting(AgentInterval::start)
                    .containsExactlyElementsOf(expectedStarts);
            for (AgentInterval interval : intervals) {
                boolean rebuilt = timeline.stream().anyMatch(span -> span.provenance() != Provenance.SOURCE
                        && span.start() < interval.start() + length && span.end() > interval.start());
                assertThat(interval.incomplete()).as("incomplete at %s of %s", time(interval.start()), context)
                        .isEqualTo(rebuilt);
            }
        }
    }

    /** §6: a row exists for logged-on, gap or outage-logout time. */
    private static boolean makesARow(Span span) {
        return COLUMNS.get("logged_on_s").counts().test(span) || COLUMNS.get("gap_s").counts().test(span)
                || COLUMNS.get("outage_logged_off_s").counts().test(span);
    }

    private static long millisInside(List<Span> timeline, long from, long to, Predicate<Span> counts) {
        return timeline.stream().filter(counts)
                .mapToLong(span -> Math.max(0, Math.min(span.end(), to) - Math.max(span.start(), from))).sum();
    }

    private static void assertIntervals(List<AgentInterval> actual, List<String> expected) {
        assertThat(actual.stream().map(IntervalBuilderTest::describe).toList())
                .containsExactlyElementsOf(expected.stream().map(String::trim).toList());
    }

    /** The start and every column that is not 0 or false, by record component: all fields are compared. */
    private static String describe(AgentInterval interval) {
        StringBuilder text = new StringBuilder(time(interval.start()));
        for (RecordComponent component : AgentInterval.class.getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(interval);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value.equals(Boolean.TRUE)) {
                text.append(' ').append(component.getName());
            } else if (value instanceof Integer seconds && seconds != 0) {
                text.append(' ').append(component.getName()).append('=').append(seconds);
            }
        }
        return text.toString();
    }
}
