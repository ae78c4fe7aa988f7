package org.outagerecon.job;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.detect.DetectSettings;
import org.outagerecon.rules.detect.DispositionBursts;
import org.outagerecon.rules.detect.Drop;
import org.outagerecon.rules.detect.MassDrops;
import org.outagerecon.rules.detect.SuspectedOutage;
import org.outagerecon.rules.task.Task;
import org.outagerecon.system.IndexProbes;
import org.springframework.stereotype.Component;

/**
 * Finds the suspected outages that start in a window (rules.md §8), window independent: a chain is found whole
 * by the window that holds its start and by no other. Chains join drops at most the gap apart, so reading from
 * the gap before the window start settles which chains start inside it; reading goes on past the window end for
 * as long as a chain that starts inside it does.
 */
@Component
public class OutageDetector {

    /** How much more to read past the window end (or past what was read) while a chain goes on. */
    static final long READ_PAST_MS = 3_600_000;

    private final DSLContext dsl;
    private final SourceDrops sourceDrops;
    private final TaskReader tasks;

    public OutageDetector(DSLContext dsl, SourceDrops sourceDrops, TaskReader tasks) {
        this.dsl = dsl;
        this.sourceDrops = sourceDrops;
        this.tasks = tasks;
    }

    /** The window's suspected outages, one per id (rules.md §8.3). Call it in a transaction. */
    public List<SuspectedOutage> detect(Window window, DetectSettings settings, ReferenceData reference)
            throws Exception {
        return IndexProbes.withoutJit(dsl, () -> {
            List<SuspectedOutage> found = new ArrayList<>(massDrops(window, settings, reference));
            found.addAll(bursts(window, settings, reference));
            return SuspectedOutage.firstOfEachId(found);
        });
    }

    private List<SuspectedOutage> massDrops(Window window, DetectSettings settings, ReferenceData reference) {
        long from = window.from() - settings.gapMillis();
        long to = window.to() + READ_PAST_MS;
        List<Drop> drops = sourceDrops.drops(from, to, settings, reference);
        while (goesOnPast(to, window, drops, settings)) {
            to += READ_PAST_MS;
            drops = sourceDrops.drops(from, to, settings, reference);
        }
        return MassDrops.find(drops, window, settings, reference.outages(), sourceDrops.evidence(settings));
    }

    private static boolean goesOnPast(long readTo, Window window, List<Drop> drops, DetectSettings settings) {
        return MassDrops.chains(drops, settings.gapMillis()).stream()
                .anyMatch(chain -> chain.start() < window.to() && chain.lastDrop() + settings.gapMillis() >= readTo);
    }

    /**
     * A burst starts at its earliest end less that task's life, so one that starts in the window has its first
     * end before the window end plus the longest task life.
     */
    private List<SuspectedOutage> bursts(Window window, DetectSettings settings, ReferenceData reference)
            throws Exception {
        long longestLife = reference.mrds().values().stream().mapToLong(MediaRoutingDomain::taskLifeSeconds)
                .reduce(MediaRoutingDomain.DEFAULT_TASK_LIFE_S, Math::max) * 1000;
        long from = window.from() - settings.gapMillis();
        long to = window.to() + longestLife + READ_PAST_MS;
        List<Task> ended = endedWith42(from, to);
        while (true) {
            long readTo = to;
            if (DispositionBursts.bursts(ended, reference::mrd, settings.gapMillis()).stream().noneMatch(burst ->
                    burst.firstEnd() < window.to() + longestLife && burst.lastEnd() + settings.gapMillis() >= readTo)) {
                break;
            }
            to += READ_PAST_MS;
            ended = endedWith42(from, to);
        }
        return DispositionBursts.find(ended, reference::mrd, settings, reference.outages()).stream()
                .filter(burst -> window.contains(burst.start())).toList();
    }

    private List<Task> endedWith42(long from, long to) throws Exception {
        List<Task> ended = new ArrayList<>();
        tasks.forEachEndedWith(DispositionBursts.TASK_LIFE_EXPIRED, from, to, ended::add);
        return ended;
    }
}
