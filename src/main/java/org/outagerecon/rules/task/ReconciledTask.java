package org.outagerecon.rules.task;

import org.outagerecon.domain.Provenance;
import org.outagerecon.domain.Rule;

/** One row of {@code recon.task}: the task as reconciled, with its imported disposition kept beside it. */
public record ReconciledTask(Task source, Long end, int callDisposition, Provenance provenance, String outageId,
                             Rule rule) {

    public static ReconciledTask unchanged(Task task) {
        return new ReconciledTask(task, task.end(), task.callDisposition(), Provenance.SOURCE, null, null);
    }

    /** rules.md §5: open at {@code s} when it started before {@code s} and had not ended by then. */
    public boolean openAt(long s) {
        return source.start() < s && (end == null || end > s);
    }
}
