package org.outagerecon.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.outagerecon.outage.Provenance;

/** A contiguous, ordered list of spans that outages rewrite one after the other (rules.md §4). */
final class Timeline {

    private List<Span> spans;

    Timeline(List<Span> spans) {
        this.spans = new ArrayList<>(spans);
    }

    List<Span> spans() {
        return Collections.unmodifiableList(spans);
    }

    Span get(int index) {
        return spans.get(index);
    }

    /**
     * rules.md §4: the index of the span in effect at {@code s}, disregarding source rows stamped exactly at
     * {@code s} (a source logout at {@code s} is the failover itself); -1 when there is no known timeline at s.
     */
    int indexAtFailover(long s) {
        int index = indexAt(s);
        if (index >= 0) {
            Span span = spans.get(index);
            if (span.start() == s && span.provenance() == Provenance.SOURCE) {
                return index - 1;
            }
        }
        return index;
    }

    /** The start of the first source span at or after {@code instant}: the row that ends a post-failover span. */
    long firstSourceRowAtOrAfter(long instant) {
        for (int i = Math.max(0, indexAt(instant)); i < spans.size(); i++) {
            Span span = spans.get(i);
            if (span.provenance() == Provenance.SOURCE && span.start() >= instant) {
                return span.start();
            }
        }
        return Long.MAX_VALUE;
    }

    /** Replaces whatever covers {@code [from, to)} with {@code replacement}, which must cover exactly that. */
    void replace(long from, long to, List<Span> replacement) {
        List<Span> result = new ArrayList<>(spans.size() + replacement.size() + 1);
        for (Span span : spans) {
            if (span.start() < from) {
                result.add(span.end() > from ? span.withBounds(span.start(), from) : span);
            }
        }
        result.addAll(replacement);
        for (Span span : spans) {
            if (span.end() > to) {
                result.add(span.start() < to ? span.withBounds(to, span.end()) : span);
            }
        }
        spans = result;
    }

    private int indexAt(long instant) {
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span span = spans.get(mid);
            if (instant < span.start()) {
                high = mid - 1;
            } else if (instant >= span.end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
