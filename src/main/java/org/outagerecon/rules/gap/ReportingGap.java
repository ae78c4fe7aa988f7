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
        return covering(outage.start(), outage.end(), outage, kind, peripheralId, mrDomainId, skillTargetId, window);
    }

    /** A gap of the outage over {@code [start, end)} rather than its own bounds, clipped to the run window. */
    static ReportingGap covering(long start, long end, Outage outage, GapKind kind, Integer peripheralId,
                                 Integer mrDomainId, Integer skillTargetId, Window window) {
        if (!window.overlaps(start, end)) {
            return null;
        }
        return new ReportingGap(outage.id(), outage.component(), kind, peripheralId, mrDomainId, skillTargetId,
                window.clipStart(start), window.clipEnd(end));
    }
}
