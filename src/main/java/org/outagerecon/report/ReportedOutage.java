package org.outagerecon.report;

import java.time.OffsetDateTime;

/**
 * One row of {@code recon.outage} as the report shows it. The component is kept as its name, so that components
 * added later show up without a change here.
 */
public record ReportedOutage(String id, String component, String side, Integer peripheralId, Integer mrDomainId,
                             String mrDomainName, OffsetDateTime startedAt, OffsetDateTime endedAt, String status,
                             String origin, String note) {

    public static final String SUSPECTED = "SUSPECTED";

    public boolean isSuspected() {
        return SUSPECTED.equals(status);
    }

    public boolean isOpen() {
        return endedAt == null;
    }
}
