package org.outagerecon.domain;

import java.util.Comparator;

/**
 * A confirmed outage {@code [start, end)} in epoch milliseconds; an open outage has {@code end = Long.MAX_VALUE}
 * (rules.md: it never ends). Scope columns that the component does not use are null.
 */
public record Outage(String id, Component component, Integer peripheralId, Integer mrDomainId, long start, long end) {

    public static final long OPEN = Long.MAX_VALUE;

    /** rules.md §4: by start, then component in the order of §4, then id as text. */
    public static final Comparator<Outage> APPLICATION_ORDER = Comparator.comparingLong(Outage::start)
            .thenComparing(Outage::component)
            .thenComparing(Outage::id);

    public boolean isOpen() {
        return end == OPEN;
    }

    public boolean onPeripheral(Integer peripheral) {
        return peripheralId != null && peripheralId.equals(peripheral);
    }
}
