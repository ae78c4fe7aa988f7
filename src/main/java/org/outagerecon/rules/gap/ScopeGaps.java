package org.outagerecon.rules.gap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.outagerecon.domain.MediaClass;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Window;

/**
 * rules.md §3, last column: the gap rows an outage leaves for a whole peripheral or MRD (the per-agent rows
 * come with the agent timelines). Each covers {@code [s, e)} clipped to the run window.
 */
public final class ScopeGaps {

    private ScopeGaps() {
    }

    /**
     * @param outages      every confirmed outage
     * @param mrds         the media routing domains the files describe
     * @param orphanMillis how long after {@code s} a lost chat session is routed again ({@code recon.orphan-minutes})
     */
    public static List<ReportingGap> of(List<Outage> outages, Collection<MediaRoutingDomain> mrds, long orphanMillis,
                                        Window window) {
        List<ReportingGap> gaps = new ArrayList<>();
        for (Outage outage : outages) {
            switch (outage.component()) {
                case PIM -> add(gaps, ReportingGap.of(outage, GapKind.DATA_LOST, outage.peripheralId(), null, null,
                        window));
                case AGENT_PG_CTI -> {
                    for (MediaRoutingDomain mrd : applicationPathMrds(outage, mrds)) {
                        // Seed 003: the Email Manager recreates email history, so email data is late, not lost.
                        GapKind kind = mrd.mediaClass() == MediaClass.EMAIL ? GapKind.DATA_LATE : GapKind.TASKS_UNREPORTED;
                        add(gaps, ReportingGap.of(outage, kind, outage.peripheralId(), mrd.id(), null, window));
                    }
                }
                case MR_PG, MR_PIM -> add(gaps, ReportingGap.of(outage, GapKind.TASKS_UNREPORTED,
                        outage.peripheralId(), outage.mrDomainId(), null, window));
                // §5.1: re-routes go on for orphan-minutes after s, whenever the server is back.
                case CHAT_SERVER -> add(gaps, ReportingGap.covering(outage.start(), outage.start() + orphanMillis,
                        outage, GapKind.ORPHANED_TASKS, outage.peripheralId(), outage.mrDomainId(), null, window));
                case ROUTER_LINK -> add(gaps, ReportingGap.of(outage, GapKind.DATA_LATE, outage.peripheralId(), null,
                        null, window));
                default -> {
                    // PG, CTI Manager and Finesse leave per-agent rows only.
                }
            }
        }
        return gaps;
    }

    /**
     * rules.md §3: the MRD an AGENT_PG_CTI outage names (described or not, voice included), else every
     * non-voice MRD the files describe, in id order.
     */
    public static List<MediaRoutingDomain> applicationPathMrds(Outage outage, Collection<MediaRoutingDomain> mrds) {
        if (outage.mrDomainId() != null) {
            return List.of(mrds.stream().filter(mrd -> mrd.id() == outage.mrDomainId()).findFirst()
                    .orElse(MediaRoutingDomain.undescribed(outage.mrDomainId())));
        }
        return mrds.stream().filter(mrd -> !mrd.isVoice())
                .sorted((a, b) -> Integer.compare(a.id(), b.id())).toList();
    }

    private static void add(List<ReportingGap> gaps, ReportingGap gap) {
        if (gap != null) {
            gaps.add(gap);
        }
    }
}
