package org.outagerecon.rules.gap;

import org.outagerecon.domain.Component;
import org.outagerecon.domain.Outage;
import org.outagerecon.domain.Window;

/** One row of {@code recon.reporting_gap}; null scope columns mean the whole scope. Epoch milliseconds. */
public record ReportingGap(String outageId, Component component, GapKind kind, Integer peripheralId,
                           Integer mrDomainId, Integer skillTargetId, long start, long end) {

    /** rules.md §3: a gap covers the outage {@code [s, e)} clipped to the run window; null when nothing is left. */
    public static ReportingGap of(Outage outage, GapKind kind, Integer peripheralId, Integer mrDomainId,
                                  Integer skillTargetId, Window window) {
        if (!window.overlaps(outage.start(), outage.end())) {
            return null;
        }
        return new ReportingGap(outage.id(), outage.component(), kind, peripheralId, mrDomainId, skillTargetId,
                window.clipStart(outage.start()), window.clipEnd(outage.end()));
    }
}
