package org.outagerecon.domain;

/** {@code recon.outage.origin} (data-contract.md §2): outage.csv, detection (rules.md §8), or {@code outage add}. */
public enum OutageOrigin {
    IMPORTED, INFERRED, MANUAL
}
