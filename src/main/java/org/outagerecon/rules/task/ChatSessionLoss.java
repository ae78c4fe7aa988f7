package org.outagerecon.rules.task;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Provenance;
import org.outagerecon.domain.Rule;

/**
 * rules.md §5.1 (seed 002): when the application that hosts chat sessions stops, the sessions open at {@code s}
 * end for the customer, yet stay in the system and are routed to agents again, each time one closes them.
 */
public final class ChatSessionLoss {

    private ChatSessionLoss() {
    }

    /** One CHAT_SERVER outage applied to the task as earlier outages left it. */
    static ReconciledTask apply(ReconciledTask task, Outage outage, LostSessions lost) {
        Task source = task.source();
        if (outage.component() != Component.CHAT_SERVER || outage.mrDomainId() != source.mrDomainId()) {
            return task;
        }
        long s = outage.start();
        if (task.openAt(s)) {
            // A task-life end after s that an earlier outage set never happened: the customer left at s.
            return new ReconciledTask(source, s, source.callDisposition(), Provenance.RECONSTRUCTED, outage.id(),
                    Rule.CHAT_SESSION_LOST);
        }
        if (source.start() >= s && source.start() < s + lost.orphanMillis() && source.callGuid() != null
                && lost.callGuids(outage).contains(source.callGuid())) {
            return new ReconciledTask(source, task.end(), task.callDisposition(), Provenance.RECONSTRUCTED,
                    outage.id(), Rule.ORPHANED_REROUTE);
        }
        return task;
    }

    /**
     * The call GUIDs of the sessions a CHAT_SERVER outage loses: the {@code candidates} (tasks of its MRD open at
     * {@code s} in the source) that are still open at {@code s} once the outages before it have applied.
     *
     * @param outagesInOrder every confirmed outage in the order of §4
     */
    public static Set<String> lostCallGuids(Outage outage, List<Task> candidates, List<Outage> outagesInOrder,
                                            IntFunction<MediaRoutingDomain> describedMrd) {
        List<Outage> earlier = outagesInOrder.subList(0, outagesInOrder.indexOf(outage));
        Set<String> guids = new HashSet<>();
        for (Task candidate : candidates) {
            // Earlier CHAT_SERVER outages only relabel re-routes, never move an end: no lost sessions needed.
            ReconciledTask before = TaskRules.apply(candidate, earlier, describedMrd, LostSessions.NONE);
            if (candidate.callGuid() != null && before.openAt(outage.start())) {
                guids.add(candidate.callGuid());
            }
        }
        return guids;
    }
}
