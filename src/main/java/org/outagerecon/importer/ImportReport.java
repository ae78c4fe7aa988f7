package org.outagerecon.importer;

import java.util.List;

/** What an import did, one entry per file present, in import order. */
public record ImportReport(List<FileResult> files) {

    public ImportReport {
        files = List.copyOf(files);
    }

    /**
     * One file: records after the header, rows upserted, rows rejected (a file rejected as a whole counts one
     * reject and no rows) and the time it took.
     */
    public record FileResult(String file, long rowsRead, long rowsLoaded, long rowsRejected, double seconds) {

        public double rowsPerSecond() {
            return seconds > 0 ? rowsRead / seconds : 0;
        }
    }

    /** The rows written to recon.import_reject; more than zero means exit code 3 (data-contract.md §3). */
    public long totalRejected() {
        return files.stream().mapToLong(FileResult::rowsRejected).sum();
    }
}
