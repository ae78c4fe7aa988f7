package org.outagerecon.importer;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How to read the input files: the numbering of agent states, and the zone of timestamps that have neither an
 * offset nor a {@code time_zone} ({@code --state-codes}, {@code --source-zone}, data-contract.md §1 and §3).
 */
public record ImportOptions(StateCodes stateCodes, ZoneId sourceZone) {

    public ImportOptions {
        Objects.requireNonNull(stateCodes, "stateCodes");
        Objects.requireNonNull(sourceZone, "sourceZone");
    }

    /** HDS numbering, UTC: what {@code import} does without options. */
    public static ImportOptions defaults() {
        return new ImportOptions(StateCodes.HDS, ZoneId.of("UTC"));
    }
}
