package org.outagerecon.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * data-contract.md §1: an outage names the scope column its component needs ({@link Component#scope()}) and
 * lasts longer than an instant. The same check for outage.csv rows and for outages recorded or corrected by hand.
 */
public final class OutageCheck {

    private OutageCheck() {
    }

    /** Why the outage is refused, in the words of outage.csv's columns; empty when it is sound. */
    public static Optional<String> problem(Component component, Integer peripheralId, Integer mrDomainId,
                                           OffsetDateTime start, OffsetDateTime end) {
        boolean byPeripheral = component.scope() == Component.Scope.PERIPHERAL;
        if ((byPeripheral ? peripheralId : mrDomainId) == null) {
            return Optional.of((byPeripheral ? "peripheral_id" : "mr_domain_id") + ": required for component "
                    + component);
        }
        if (end != null && !end.isAfter(start)) {
            return Optional.of("ended_at: " + end + " is not after started_at " + start);
        }
        return Optional.empty();
    }
}
