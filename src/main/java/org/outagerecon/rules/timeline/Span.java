package org.outagerecon.rules.timeline;

import java.util.Objects;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.Provenance;
import org.outagerecon.domain.Rule;

/**
 * One span {@code [start, end)} of a reconciled timeline (rules.md §1), epoch milliseconds; the last span of a
 * timeline may run on to {@code Long.MAX_VALUE}. {@code reasonCode} null and 0 are different values.
 */
public record Span(long start, long end, int state, Integer reasonCode, Provenance provenance, String outageId,
                   Rule rule) {

    public static Span source(long start, long end, int state, Integer reasonCode) {
        return new Span(start, end, state, reasonCode, Provenance.SOURCE, null, null);
    }

    public Span withBounds(long newStart, long newEnd) {
        return new Span(newStart, newEnd, state, reasonCode, provenance, outageId, rule);
    }

    public long length() {
        return end - start;
    }

    public boolean isLoggedOff() {
        return state == AgentState.LOGGED_OFF;
    }

    /** §1: adjacent spans with equal (state, reason, provenance, outage, rule) are one span. */
    public boolean sameContentAs(Span other) {
        return state == other.state && Objects.equals(reasonCode, other.reasonCode)
                && provenance == other.provenance && Objects.equals(outageId, other.outageId)
                && rule == other.rule;
    }
}
