package org.outagerecon.domain;

/** {@code recon.outage.status} (data-contract.md §2): only CONFIRMED outages apply (rules.md §8). */
public enum OutageStatus {
    CONFIRMED, SUSPECTED, DISMISSED
}
