package org.outagerecon.rules.task;

import java.util.List;
import java.util.function.IntFunction;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;

/**
 * rules.md §5 and §5.1 together: the outages apply to a task in the order of §4, each seeing the end that earlier
 * ones left, so the last change in that order wins. {@code source_call_disposition} stays the imported value.
 */
public final class TaskRules {

    private TaskRules() {
    }

    /**
     * @param outagesInOrder confirmed outages in application order
     * @param describedMrd   the MRD the files describe with an id, or null
     * @param lost           the sessions each CHAT_SERVER outage lost, for its re-routes
     */
    public static ReconciledTask apply(Task task, List<Outage> outagesInOrder,
                                       IntFunction<MediaRoutingDomain> describedMrd, LostSessions lost) {
        ReconciledTask result = ReconciledTask.unchanged(task);
        for (Outage outage : outagesInOrder) {
            result = switch (outage.component()) {
                case AGENT_PG_CTI -> TaskLife.apply(result, outage, describedMrd.apply(task.mrDomainId()));
                case CHAT_SERVER -> ChatSessionLoss.apply(result, outage, lost);
                default -> result;
            };
        }
        return result;
    }
}
