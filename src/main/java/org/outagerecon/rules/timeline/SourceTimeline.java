package org.outagerecon.rules.timeline;

import java.util.ArrayList;
import java.util.List;

/** rules.md §1: the spans that source rows describe, before any outage is applied. */
public final class SourceTimeline {

    private SourceTimeline() {
    }

    /**
     * Each row's state lasts until the next row; of rows with the same instant the later one (by recovery key)
     * wins, so zero-length spans are dropped. The last span runs on ({@code Long.MAX_VALUE}).
     *
     * @param rows one agent-MRD's rows in (date_time, recovery_key) order
     */
    public static List<Span> spans(List<StateRow> rows) {
        List<Span> spans = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            StateRow row = rows.get(i);
            long end = i + 1 < rows.size() ? rows.get(i + 1).at() : Long.MAX_VALUE;
            if (end > row.at()) {
                spans.add(Span.source(row.at(), end, row.state(), row.reasonCode()));
            }
        }
        return spans;
    }
}
