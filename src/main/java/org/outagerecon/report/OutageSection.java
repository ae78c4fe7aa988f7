package org.outagerecon.report;

import java.util.List;

/** Everything the page shows of one outage, read before the page is written. */
record OutageSection(ReportedOutage outage, OutageFigures figures, Timeline timeline, List<ReportedTask> tasks) {
}
