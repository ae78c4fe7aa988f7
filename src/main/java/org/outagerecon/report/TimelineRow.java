package org.outagerecon.report;

import java.util.List;

/** One agent-MRD of a timeline: its source states above its reconciled states. */
public record TimelineRow(int skillTargetId, int mrDomainId, Integer peripheralId, String agentName,
                          String mrDomainName, List<StateBar> source, List<StateBar> reconciled) {
}
