package org.outagerecon.rules.task;

import java.util.List;
import java.util.function.IntFunction;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Provenance;
import org.outagerecon.domain.Rule;

/**
 * rules.md §5: while the application instance cannot reach the Agent PG CTI server, an open task lives for its
 * MRD's task life; if that expires before the path is back, the task ends then with disposition 42
 * (DBCD_APPLICATION_PATH_WENT_DOWN, seed 003 and domain.md §4).
 */
public final class TaskLife {

    public static final int APPLICATION_PATH_WENT_DOWN = 42;

    private TaskLife() {
    }

    /**
     * @param outagesInOrder confirmed outages in application order; each sees the task as the earlier ones left it
     * @param describedMrd   the MRD the files describe with this id, or null
     */
    public static ReconciledTask apply(Task task, List<Outage> outagesInOrder,
                                       IntFunction<MediaRoutingDomain> describedMrd) {
        ReconciledTask result = ReconciledTask.unchanged(task);
        MediaRoutingDomain described = describedMrd.apply(task.mrDomainId());
        MediaRoutingDomain mrd = described != null ? described : MediaRoutingDomain.undescribed(task.mrDomainId());
        for (Outage outage : outagesInOrder) {
            if (!inScope(outage, task, mrd, described != null)) {
                continue;
            }
            Long end = result.end();
            // Open at s: started before s and not ended by s (as earlier outages left it).
            boolean open = task.start() < outage.start() && (end == null || end > outage.start());
            long expiry = outage.start() + mrd.taskLifeSeconds() * 1000L;
            if (open && expiry < outage.end() && (end == null || end > expiry)) {
                result = new ReconciledTask(task, expiry, APPLICATION_PATH_WENT_DOWN, Provenance.RECONSTRUCTED,
                        outage.id(), Rule.TASK_LIFE_EXPIRED);
            }
        }
        return result;
    }

    /**
     * §3/§5: same peripheral, a non-voice MRD, and the MRD the outage names; an outage that names none covers the
     * non-voice MRDs the files describe.
     */
    private static boolean inScope(Outage outage, Task task, MediaRoutingDomain mrd, boolean described) {
        if (outage.component() != Component.AGENT_PG_CTI || !outage.onPeripheral(task.peripheralId())
                || mrd.isVoice()) {
            return false;
        }
        return outage.mrDomainId() != null ? outage.mrDomainId() == task.mrDomainId() : described;
    }
}
