package org.outagerecon.report;

import org.outagerecon.domain.Window;

/** The stretch of time a timeline shows: the outage and its after-effects, with a margin before and after. */
final class TimelineView {

    static final long MINUTE = 60_000;
    /** After-effects (post-failover states, PIM resync) are shown for at most this long after the end. */
    static final long AFTER_EFFECTS_SHOWN = 30 * MINUTE;
    static final long MIN_MARGIN = 2 * MINUTE;
    /** An open outage without spans is shown for this long after its start. */
    static final long OPEN_SHOWN = 60 * MINUTE;

    private TimelineView() {
    }

    /**
     * @param end        the outage's end, null when open
     * @param lastEffect the latest end of the outage's spans, null when it has none
     */
    static Window around(long start, Long end, Long lastEffect) {
        long shownEnd;
        if (end == null) {
            shownEnd = lastEffect != null ? Math.max(lastEffect, start + MINUTE) : start + OPEN_SHOWN;
        } else {
            shownEnd = lastEffect == null ? end : Math.max(end, Math.min(lastEffect, end + AFTER_EFFECTS_SHOWN));
        }
        long margin = Math.max(MIN_MARGIN, (shownEnd - start) / 5);
        return new Window(start - margin, shownEnd + margin);
    }
}
