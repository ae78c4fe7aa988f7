package org.outagerecon.rules.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.rules.timeline.RuleFixtures.MINUTE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Provenance;
import org.outagerecon.domain.Rule;

/**
 * rules.md §1 and §4 read word for word, the slow way, against {@link OutageEffects}: the timeline is cut into
 * elementary segments at every row and outage bound, and each outage's state at failover {@code x} is taken from
 * the timeline recomputed without the source rows stamped at its {@code s} (with the earlier outages applied to
 * those rows), so no shortcut of the production code is shared.
 */
class LiteralReadingPropertyTest {

    private record Label(int state, Integer reason, Provenance provenance, String outageId, Rule rule) {
    }

    /** An outage that affected the agent-MRD, with the state it leaves after its end. */
    private record Applied(Outage outage, Label during, Label after) {
    }

    private static final Set<Integer> CALL_STATES = Set.of(4, 5, 6, 7, 8, 10, 11, 12, 13);

    @Test
    void theProductionRulesGiveTheLiteralReading() {
        Random random = new Random(11);
        for (int attempt = 0; attempt < 30_000; attempt++) {
            RuleFixtures.History history = random.nextBoolean() ? RuleFixtures.randomHistory(random) : crowded(random);
            List<Span> actual = RuleFixtures.reconcile(history.agentMrd(), history.rows(),
                    history.outages().toArray(Outage[]::new));
            assertThat(actual).as(history.toString()).isEqualTo(literally(history));
        }
    }

    private static List<Span> literally(RuleFixtures.History history) {
        List<Applied> applied = new ArrayList<>();
        for (Outage outage : history.outages()) {
            if (!history.agentMrd().inAgentScopeOf(outage)) {
                continue;
            }
            long s = outage.start();
            List<StateRow> withoutRowsAtS = history.rows().stream().filter(row -> row.at() != s).toList();
            TreeMap<Long, Label> before = segments(withoutRowsAtS, history.outages(), applied);
            var x = before.floorEntry(s);
            if (x == null || x.getValue().state() == 0) {
                continue;
            }
            if (outage.component() == Component.PIM) {
                applied.add(new Applied(outage, new Label(0, 50002, Provenance.GAP, outage.id(), Rule.PIM_DATA_LOST),
                        new Label(0, 50002, Provenance.RECONSTRUCTED, outage.id(), Rule.PIM_AWAIT_RESYNC)));
            } else {
                Label post = postFailover(outage, before, x.getKey());
                applied.add(new Applied(outage,
                        new Label(0, 50002, Provenance.RECONSTRUCTED, outage.id(), Rule.FAILOVER_LOGOUT), post));
            }
        }
        return merged(segments(history.rows(), history.outages(), applied));
    }

    /** Segment start → label, from the first row on; the last segment runs on. */
    private static TreeMap<Long, Label> segments(List<StateRow> rows, List<Outage> outages, List<Applied> applied) {
        TreeMap<Long, Label> segments = new TreeMap<>();
        if (rows.isEmpty()) {
            return segments;
        }
        TreeMap<Long, StateRow> lastRowAt = new TreeMap<>();
        rows.forEach(row -> lastRowAt.put(row.at(), row));
        TreeSet<Long> bounds = new TreeSet<>(lastRowAt.keySet());
        long first = lastRowAt.firstKey();
        for (Outage outage : outages) {
            bounds.add(Math.max(first, outage.start()));
            if (!outage.isOpen()) {
                bounds.add(Math.max(first, outage.end()));
            }
        }
        for (long bound : bounds) {
            StateRow row = lastRowAt.floorEntry(bound).getValue();
            segments.put(bound, new Label(row.state(), row.reasonCode(), Provenance.SOURCE, null, null));
        }
        TreeSet<Long> liveRows = new TreeSet<>(lastRowAt.keySet());
        for (Applied outage : applied) {
            long s = outage.outage().start();
            long e = outage.outage().end();
            liveRows.removeIf(at -> at >= s && at < e);
            Long next = outage.outage().isOpen() ? null : liveRows.ceiling(e);
            long t = next == null ? Long.MAX_VALUE : next;
            for (var segment : segments.entrySet()) {
                long start = segment.getKey();
                if (start >= s && start < e) {
                    segment.setValue(outage.during());
                } else if (start >= e && start < t) {
                    segment.setValue(outage.after());
                }
            }
        }
        return segments;
    }

    private static Label postFailover(Outage outage, TreeMap<Long, Label> timeline, long xStart) {
        Label x = timeline.get(xStart);
        Label post;
        if (x.state() == 3) {
            post = new Label(3, null, null, null, Rule.POST_FAILOVER_READY);
        } else if (x.state() == 2) {
            post = new Label(2, x.reason(), null, null, Rule.POST_FAILOVER_NOT_READY);
        } else if (x.state() == 8 && outage.component() == Component.FINESSE) {
            post = new Label(3, null, null, null, Rule.POST_FAILOVER_RESERVED);
        } else if (x.state() == 5 || x.state() == 6) {
            var prior = timeline.floorEntry(xStart);
            while (prior != null && CALL_STATES.contains(prior.getValue().state())) {
                prior = timeline.lowerEntry(prior.getKey());
            }
            Label p = prior == null ? null : prior.getValue();
            post = p != null && p.state() == 3 ? new Label(3, null, null, null, Rule.POST_FAILOVER_WRAPUP)
                    : new Label(2, p != null && p.state() == 2 ? p.reason() : null, null, null,
                            Rule.POST_FAILOVER_WRAPUP);
        } else {
            post = new Label(9, null, null, null, Rule.POST_FAILOVER_UNRESOLVED);
        }
        return new Label(post.state(), post.reason(), Provenance.RECONSTRUCTED, outage.id(), post.rule());
    }

    private static List<Span> merged(TreeMap<Long, Label> segments) {
        List<Span> spans = new ArrayList<>();
        for (var segment : segments.entrySet()) {
            Long next = segments.higherKey(segment.getKey());
            Label label = segment.getValue();
            Span span = new Span(segment.getKey(), next == null ? Long.MAX_VALUE : next, label.state(), label.reason(),
                    label.provenance(), label.outageId(), label.rule());
            int last = spans.size() - 1;
            if (last >= 0 && spans.get(last).sameContentAs(span)) {
                span = span.withBounds(spans.remove(last).start(), span.end());
            }
            spans.add(span);
        }
        return spans;
    }

    /** Few instants, many ties: rows and outage bounds on a 5-minute grid of 12 points. */
    private static RuleFixtures.History crowded(Random random) {
        long base = RuleFixtures.DAY + 9 * 60 * MINUTE;
        List<StateRow> rows = new ArrayList<>();
        for (int i = random.nextInt(10); i > 0; i--) {
            rows.add(new StateRow(base + random.nextInt(12) * 5 * MINUTE,
                    random.nextInt(3) == 0 ? 0 : random.nextInt(15), new Integer[] {null, 0, 7}[random.nextInt(3)]));
        }
        rows.sort(Comparator.comparingLong(StateRow::at));
        List<Outage> outages = new ArrayList<>();
        Component[] components = {Component.PIM, Component.PG, Component.CTI_MANAGER, Component.FINESSE};
        for (int i = random.nextInt(5); i > 0; i--) {
            long s = base + random.nextInt(12) * 5 * MINUTE;
            long e = random.nextInt(6) == 0 ? Outage.OPEN : s + (1 + random.nextInt(6)) * 5 * MINUTE;
            outages.add(RuleFixtures.outage("o" + i, components[random.nextInt(components.length)], s, e));
        }
        outages.sort(Outage.APPLICATION_ORDER);
        return new RuleFixtures.History(random.nextInt(4) == 0 ? RuleFixtures.CHAT_AGENT : RuleFixtures.VOICE_AGENT,
                rows, outages);
    }
}
