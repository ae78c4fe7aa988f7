package org.outagerecon.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** What a command works on: a window ({@code --from T --to T}) or one outage ({@code --outage ID}). */
class WindowOrOutage {

    @ArgGroup(exclusive = false)
    InstantRange range;

    @Option(names = "--outage", paramLabel = "ID", description = "One outage, by its outage_id in recon.outage.")
    String outageId;

    /** Checks the window before the database is opened. */
    void validate() {
        if (range != null) {
            range.window();
        }
    }
}
