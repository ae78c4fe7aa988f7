package org.outagerecon.rules.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.outagerecon.domain.Provenance;

/** A contiguous, ordered list of spans that outages rewrite one after the other (rules.md §4). */
final class Timeline {

    /** The state at failover {@code x} and the spans before it (for the wrap-up walk-back). */
    record AtFailover(Span x, List<Span> before) {
    }

    private List<Span> spans;
    /**
     * Post-failover spans that an outage did not write because a source row stands exactly at its end
     * ({@code t = e}), by that instant: disregarding that row, as a later outage starting there must, the span
     * would cover it.
     */
    private final Map<Long, Span> postSpansCutAtTheirStart = new HashMap<>();

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
     * rules.md §4: the state in effect at {@code s} as the earlier outages left the timeline, disregarding source
     * rows stamped exactly at {@code s} (a source logout at {@code s} is the failover itself); null when there is
     * no known timeline at s.
     */
    AtFailover atFailover(long s) {
        int index = indexAt(s);
        if (index < 0) {
            return null;
        }
        Span span = spans.get(index);
        if (span.start() == s && span.provenance() == Provenance.SOURCE) {
            List<Span> before = spans.subList(0, index);
            Span cutPostSpan = postSpansCutAtTheirStart.get(s);
            if (cutPostSpan != null) {
                return new AtFailover(cutPostSpan, before);
            }
            return index == 0 ? null : new AtFailover(spans.get(index - 1), spans.subList(0, index - 1));
        }
        return new AtFailover(span, spans.subList(0, index));
    }

    /** Remembers a post-failover span that the source row at its start cut to nothing (see {@link #atFailover}). */
    void postSpanCutAtItsStart(Span postSpan) {
        postSpansCutAtTheirStart.put(postSpan.start(), postSpan);
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
