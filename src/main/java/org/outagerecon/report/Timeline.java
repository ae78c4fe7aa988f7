package org.outagerecon.report;

import java.util.List;

/**
 * The timeline of one outage over {@code [viewStart, viewEnd)} (epoch milliseconds): the first rows of its
 * affected agent-MRDs, and how many there are in all.
 */
public record Timeline(long viewStart, long viewEnd, List<TimelineRow> rows, long totalRows) {

    public long hiddenRows() {
        return totalRows - rows.size();
    }
}
