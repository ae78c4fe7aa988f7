package org.outagerecon.generate;

import org.outagerecon.domain.Outage;

/** One outage.csv row: the outage and the columns the rules do not read. */
record PlannedOutage(Outage outage, String side, String note) {
}
