package org.outagerecon.rules.detect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Window;

/**
 * rules.md §8.1: mass drops (PG, CTI Manager, Finesse failovers, OPC crashes) as suspected outages. Drops of a
 * peripheral's agents form chains; a chain of enough agents, and of a large enough share of the agents logged on
 * when it started, that no confirmed outage explains, is a suspected PG or FINESSE outage.
 */
public final class MassDrops {

    /** Seed 001: Finesse may record the logout up to 180 s after it lost the agent. */
    static final long FINESSE_LATE_LOGOUT_MS = 180_000;

    private MassDrops() {
    }

    /** What a chain needs from the rest of the source rows. */
    public interface Evidence {

        /**
         * L and the back instants of a chain, read together (one pass over the peripheral's agent-MRDs serves both).
         *
         * @param firstDropByAgent d(a) of each agent of the chain, not empty
         */
        Seen of(int peripheralId, long t1, Map<Integer, Long> firstDropByAgent);
    }

    /**
     * @param loggedOnAgents L: the peripheral's agents with an agent-MRD whose state in effect at t1 (source
     *                       timeline, rows stamped at t1 disregarded) is not logged off
     * @param backInstants   each agent's back instant: the first source row of any of its agent-MRDs stamped after
     *                       its first drop whose state is not 0 and which is not a drop; agents not back are absent
     */
    public record Seen(int loggedOnAgents, Map<Integer, Long> backInstants) {
    }

    /** A peripheral's drops, in time order, each at most the gap after the one before. */
    public record Chain(int peripheralId, List<Drop> drops) {

        public long start() {
            return drops.get(0).at();
        }

        public long lastDrop() {
            return drops.get(drops.size() - 1).at();
        }

        /** d(a) of every agent of the chain, in the order of their first drops. */
        Map<Integer, Long> firstDropByAgent() {
            Map<Integer, Long> first = new LinkedHashMap<>();
            drops.forEach(drop -> first.putIfAbsent(drop.skillTargetId(), drop.at()));
            return first;
        }
    }

    /** The chains of the drops, per peripheral, by start. */
    public static List<Chain> chains(List<Drop> drops, long gapMillis) {
        return Chains.of(drops, Drop::peripheralId, Drop::at, gapMillis).stream()
                .map(chain -> new Chain(chain.get(0).peripheralId(), chain))
                .sorted(Comparator.comparingLong(Chain::start).thenComparingInt(Chain::peripheralId))
                .toList();
    }

    /**
     * The suspected outages of the chains that start in {@code window}.
     *
     * @param drops     every drop from {@code gap} before the window start on, and far enough after its end that
     *                  no chain starting inside it goes on past them
     * @param confirmed the confirmed outages
     */
    public static List<SuspectedOutage> find(List<Drop> drops, Window window, DetectSettings settings,
                                             List<Outage> confirmed, Evidence evidence) {
        List<SuspectedOutage> found = new ArrayList<>();
        for (Chain chain : chains(drops, settings.gapMillis())) {
            if (!window.contains(chain.start())) {
                continue;
            }
            Map<Integer, Long> firstDrops = chain.firstDropByAgent();
            int n = firstDrops.size();
            if (n < settings.minAgents() || isExplained(chain, confirmed)) {
                continue;
            }
            Seen seen = evidence.of(chain.peripheralId(), chain.start(), firstDrops);
            int loggedOn = seen.loggedOnAgents();
            if (BigDecimal.valueOf(n).compareTo(settings.minShare().multiply(BigDecimal.valueOf(loggedOn))) < 0) {
                continue;
            }
            List<Long> backs = seen.backInstants().values().stream().sorted().toList();
            int half = (n + 1) / 2;
            Long end = backs.size() >= half ? backs.get(half - 1) : null;
            Component component = chain.drops().stream().anyMatch(drop -> drop.reasonCode() == 255 || !drop.voice())
                    ? Component.FINESSE : Component.PG;
            found.add(new SuspectedOutage(SuspectedOutage.idOf(component, chain.peripheralId(), chain.start()),
                    component, chain.peripheralId(), chain.start(), end,
                    note(chain, component, n, loggedOn, backs.size(), half)));
        }
        return found;
    }

    /**
     * A drop of the chain in {@code [s, max(e, s + 180 s))} of a confirmed PIM, PG, CTI Manager or Finesse outage
     * of its peripheral (open: never ends).
     */
    static boolean isExplained(Chain chain, List<Outage> confirmed) {
        for (Outage outage : confirmed) {
            Component component = outage.component();
            if ((component == Component.PIM || component.logsAgentsOut())
                    && outage.onPeripheral(chain.peripheralId())) {
                long until = Math.max(outage.end(), outage.start() + FINESSE_LATE_LOGOUT_MS);
                if (chain.drops().stream().anyMatch(drop -> drop.at() >= outage.start() && drop.at() < until)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String note(Chain chain, Component component, int n, int loggedOn, int back, int half) {
        Map<Integer, Long> reasons = chain.drops().stream()
                .collect(Collectors.groupingBy(Drop::reasonCode, TreeMap::new, Collectors.counting()));
        String share = loggedOn == 0 ? "none of the peripheral's agents was logged on before"
                : BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(loggedOn), 1, RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString() + "% of the " + loggedOn + " agents logged on";
        String why = component == Component.FINESSE
                ? "Reason 255 or a non-voice MRD points to Finesse."
                : "Agent rows cannot tell a PG failover from a CTI Manager failover or an OPC crash: confirm with"
                        + " --component if it was not the PG.";
        return n + " agents of peripheral " + chain.peripheralId() + " dropped (" + share + " at "
                + Instant.ofEpochMilli(chain.start()) + "), " + chain.drops().size() + " drops within "
                + SuspectedOutage.seconds(chain.lastDrop() - chain.start()) + ", reasons "
                + reasons.entrySet().stream().map(reason -> reason.getKey() + " (" + reason.getValue() + ")")
                        .collect(Collectors.joining(", "))
                + "; " + back + " of them back" + (back >= half ? "" : ", fewer than half: still open") + ". "
                + why;
    }
}
