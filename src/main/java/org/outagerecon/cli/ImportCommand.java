package org.outagerecon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.outagerecon.importer.CsvImporter;
import org.outagerecon.importer.ImportOptions;
import org.outagerecon.importer.ImportReport;
import org.outagerecon.importer.StateCodes;
import org.outagerecon.system.BadInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load the CSV files of a directory (agent.csv, media_routing_domain.csv, agent_state_trace.csv, "
                + "termination_call_detail.csv, outage.csv). Rows are upserted by key; bad rows go to "
                + "recon.import_reject and every good row loads (exit code 3 when rows were rejected).")
class ImportCommand extends DatabaseCommand {

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The directory of the CSV files.")
    Path dir;

    @Option(names = "--state-codes", defaultValue = "hds", paramLabel = "hds|cti",
            description = "Numbering of agent_state: hds (default) or cti (CTI/Finesse logs: 0 LOGIN, 1 LOGOUT).")
    StateCodes stateCodes;

    @Option(names = "--source-zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "IANA zone of timestamps that have neither an offset nor a time_zone (default UTC).")
    ZoneId sourceZone;

    @Override
    protected void validate() {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("import: " + dir + " is not a directory");
        }
    }

    @Override
    protected int run(ConfigurableApplicationContext context) {
        ImportReport report = context.getBean(CsvImporter.class)
                .importDirectory(dir, new ImportOptions(stateCodes, sourceZone));
        out().printf("%-30s %10s %10s %10s %8s%n", "file", "rows", "loaded", "rejected", "seconds");
        for (ImportReport.FileResult file : report.files()) {
            out().printf(Locale.ROOT, "%-30s %10d %10d %10d %8.1f%n", file.file(), file.rowsRead(), file.rowsLoaded(),
                    file.rowsRejected(), file.seconds());
        }
        if (report.totalRejected() > 0) {
            err().println("import: " + report.totalRejected() + " rows rejected; see them with: sql \"SELECT file, line,"
                    + " reason FROM recon.import_reject ORDER BY imported_at DESC, file, line\"");
            return Main.REJECTED_ROWS;
        }
        return 0;
    }
}
