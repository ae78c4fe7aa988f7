package org.outagerecon.rules.task;

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
final class TaskLife {

    static final int APPLICATION_PATH_WENT_DOWN = 42;

    private TaskLife() {
    }

    /**
     * One AGENT_PG_CTI outage applied to the task as earlier outages left it.
     *
     * @param described the MRD the files describe with the task's id, or null
     */
    static ReconciledTask apply(ReconciledTask task, Outage outage, MediaRoutingDomain described) {
        MediaRoutingDomain mrd = described != null ? described
                : MediaRoutingDomain.undescribed(task.source().mrDomainId());
        if (!inScope(outage, task.source(), mrd, described != null) || !task.openAt(outage.start())) {
            return task;
        }
        long expiry = outage.start() + mrd.taskLifeSeconds() * 1000L;
        if (expiry < outage.end() && (task.end() == null || task.end() > expiry)) {
            return new ReconciledTask(task.source(), expiry, APPLICATION_PATH_WENT_DOWN, Provenance.RECONSTRUCTED,
                    outage.id(), Rule.TASK_LIFE_EXPIRED);
        }
        return task;
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
