package org.outagerecon.importer;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How to read the input files: the numbering of agent states, the zone of timestamps that have neither an
 * offset nor a {@code time_zone} ({@code --state-codes}, {@code --source-zone}, data-contract.md §1 and §3), and
 * the media classes set for HDS media classes ({@code recon.media-classes}).
 */
public record ImportOptions(StateCodes stateCodes, ZoneId sourceZone, MediaClasses mediaClasses) {

    public ImportOptions {
        Objects.requireNonNull(stateCodes, "stateCodes");
        Objects.requireNonNull(sourceZone, "sourceZone");
        Objects.requireNonNull(mediaClasses, "mediaClasses");
    }

    /** Media classes only by their HDS names. */
    public ImportOptions(StateCodes stateCodes, ZoneId sourceZone) {
        this(stateCodes, sourceZone, MediaClasses.NONE);
    }

    /** HDS numbering, UTC: what {@code import} does without options. */
    public static ImportOptions defaults() {
        return new ImportOptions(StateCodes.HDS, ZoneId.of("UTC"));
    }
}
