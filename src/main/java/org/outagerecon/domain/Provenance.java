package org.outagerecon.domain;

/** Where a reconciled row comes from (data-contract.md §2). */
public enum Provenance {
    /** As imported. */
    SOURCE,
    /** Rebuilt by a rule of rules.md. */
    RECONSTRUCTED,
    /** Data that is lost and cannot be rebuilt. */
    GAP
}
