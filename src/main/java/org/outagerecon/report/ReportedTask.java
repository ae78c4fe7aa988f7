package org.outagerecon.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A row of {@code recon.task} that an outage changed. */
public record ReportedTask(BigDecimal recoveryKey, Integer agentSkillTargetId, String agentName, int mrDomainId,
                           OffsetDateTime taskStart, OffsetDateTime taskEnd, int callDisposition,
                           int sourceCallDisposition, String rule) {
}
