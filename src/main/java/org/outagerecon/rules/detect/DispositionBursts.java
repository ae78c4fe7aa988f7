package org.outagerecon.rules.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;
import org.outagerecon.rules.task.Task;

/**
 * rules.md §8.2: Cisco writes disposition 42 itself when a task's life runs out while the application path is
 * down (seed 003), so ended 42 tasks of non-voice MRDs close together are a suspected AGENT_PG_CTI outage of
 * their peripheral, from the earliest end less its task life on, its end unknown.
 */
public final class DispositionBursts {

    /** Disposition 42: the task's life ran out (domain.md). */
    public static final int TASK_LIFE_EXPIRED = 42;

    private DispositionBursts() {
    }

    /** A peripheral's ended 42 tasks in order of their ends, each at most the gap after the one before. */
    public record Burst(int peripheralId, List<Task> tasks) {

        public long firstEnd() {
            return tasks.get(0).end();
        }

        public long lastEnd() {
            return tasks.get(tasks.size() - 1).end();
        }

        /** The earliest {@code task_end - task_life_s} over the burst. */
        long start(IntFunction<MediaRoutingDomain> mrds) {
            return tasks.stream().mapToLong(task -> task.end() - taskLifeMillis(task, mrds)).min().orElseThrow();
        }
    }

    /** The bursts of the tasks (any order, any disposition: only ended 42s of non-voice MRDs count), by first end. */
    public static List<Burst> bursts(List<Task> tasks, IntFunction<MediaRoutingDomain> mrds, long gapMillis) {
        List<Task> ended42 = tasks.stream().filter(task -> task.callDisposition() == TASK_LIFE_EXPIRED
                && task.end() != null && !mrds.apply(task.mrDomainId()).isVoice()).toList();
        return Chains.of(ended42, Task::peripheralId, Task::end, gapMillis).stream()
                .map(chain -> new Burst(chain.get(0).peripheralId(), chain))
                .sorted(Comparator.comparingLong(Burst::firstEnd).thenComparingInt(Burst::peripheralId))
                .toList();
    }

    /**
     * The suspected AGENT_PG_CTI outages of the bursts, wherever they start (the caller keeps its window's).
     *
     * @param tasks every ended 42 task from the gap before the earliest burst that may start in the window to past
     *              the last one's end
     */
    public static List<SuspectedOutage> find(List<Task> tasks, IntFunction<MediaRoutingDomain> mrds,
                                             DetectSettings settings, List<Outage> confirmed) {
        List<SuspectedOutage> found = new ArrayList<>();
        for (Burst burst : bursts(tasks, mrds, settings.gapMillis())) {
            long start = burst.start(mrds);
            if (burst.tasks().size() < settings.minTasks() || isExplained(burst, start, confirmed)) {
                continue;
            }
            found.add(new SuspectedOutage(SuspectedOutage.idOf(Component.AGENT_PG_CTI, burst.peripheralId(), start),
                    Component.AGENT_PG_CTI, burst.peripheralId(), start, null, note(burst, mrds)));
        }
        return found;
    }

    /**
     * A confirmed AGENT_PG_CTI outage of the peripheral (whatever MRD it names) with {@code s <=} the burst's last
     * end and {@code e >} its start.
     */
    static boolean isExplained(Burst burst, long start, List<Outage> confirmed) {
        return confirmed.stream().anyMatch(outage -> outage.component() == Component.AGENT_PG_CTI
                && outage.onPeripheral(burst.peripheralId()) && outage.start() <= burst.lastEnd()
                && outage.end() > start);
    }

    private static long taskLifeMillis(Task task, IntFunction<MediaRoutingDomain> mrds) {
        return mrds.apply(task.mrDomainId()).taskLifeSeconds() * 1000L;
    }

    private static String note(Burst burst, IntFunction<MediaRoutingDomain> mrds) {
        Map<Integer, Long> perMrd = burst.tasks().stream()
                .collect(Collectors.groupingBy(Task::mrDomainId, TreeMap::new, Collectors.counting()));
        return burst.tasks().size() + " tasks of peripheral " + burst.peripheralId()
                + " ended with disposition 42 within " + SuspectedOutage.seconds(burst.lastEnd() - burst.firstEnd())
                + " (" + perMrd.entrySet().stream().map(mrd -> "MRD " + mrd.getKey() + ": " + mrd.getValue()
                        + " tasks, task life " + mrds.apply(mrd.getKey()).taskLifeSeconds() + " s")
                        .collect(Collectors.joining("; "))
                + "). Cisco writes 42 when a task's life runs out while the application path to the Agent PG CTI"
                + " server is down: down from the earliest end less its task life; the rows do not say when it came"
                + " back.";
    }
}
