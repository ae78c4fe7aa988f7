package org.outagerecon.rules.timeline;

import java.util.ArrayList;
import java.util.List;

/** rules.md §1: adjacent spans with equal (state, reason, provenance, outage, rule) are merged. */
public final class SpanMerger {

    private SpanMerger() {
    }

    public static List<Span> merge(List<Span> spans) {
        List<Span> merged = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).end() == span.start() && merged.get(last).sameContentAs(span)) {
                merged.set(last, merged.get(last).withBounds(merged.get(last).start(), span.end()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
