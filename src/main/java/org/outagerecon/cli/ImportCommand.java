package org.outagerecon.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.outagerecon.importer.CsvImporter;
import org.outagerecon.importer.HdsImporter;
import org.outagerecon.importer.HdsSource;
import org.outagerecon.importer.ImportOptions;
import org.outagerecon.importer.ImportReport;
import org.outagerecon.importer.MediaClasses;
import org.outagerecon.importer.StateCodes;
import org.outagerecon.system.BadInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load the CSV files of a directory (agent.csv, media_routing_domain.csv, agent_state_trace.csv, "
                + "termination_call_detail.csv, outage.csv, or named after their HDS tables), or read the new rows "
                + "of an HDS database. Rows are upserted by key; bad rows go to recon.import_reject and every good "
                + "row loads (exit code 3 when rows were rejected).")
class ImportCommand extends DatabaseCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The directory of the CSV files.")
        Path dir;

        @Option(names = "--jdbc", required = true, paramLabel = "URL",
                description = "Read Agent, Media_Routing_Domain, Agent_State_Trace and Termination_Call_Detail from "
                        + "this HDS database (user and password from HDS_DB_USER and HDS_DB_PASSWORD).")
        String jdbc;
    }

    @Option(names = "--since-key", paramLabel = "K",
            description = "With --jdbc: read the rows above RecoveryKey K instead of those above the watermark less "
                    + "the overlap.")
    BigDecimal sinceKey;

    @Option(names = "--state-codes", defaultValue = "hds", paramLabel = "hds|cti",
            description = "Numbering of agent_state: hds (default) or cti (CTI/Finesse logs: 0 LOGIN, 1 LOGOUT).")
    StateCodes stateCodes;

    @Option(names = "--source-zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "IANA zone of timestamps that have neither an offset nor a time_zone (default UTC).")
    ZoneId sourceZone;

    @Override
    protected void validate() {
        if (source.dir != null && !Files.isDirectory(source.dir)) {
            throw new BadInputException("import: " + source.dir + " is not a directory");
        }
        if (source.dir != null && sinceKey != null) {
            throw new BadInputException("import: --since-key goes with --jdbc, not --dir");
        }
    }

    @Override
    protected int run(ConfigurableApplicationContext context) {
        ImportOptions options = new ImportOptions(stateCodes, sourceZone,
                MediaClasses.parse(context.getEnvironment().getProperty("recon.media-classes", "")));
        ImportReport report = source.dir != null
                ? context.getBean(CsvImporter.class).importDirectory(source.dir, options)
                : context.getBean(HdsImporter.class).importFrom(
                        HdsSource.resolve(source.jdbc, setting(context, "recon.hds.schema"), System.getenv()),
                        options, sinceKey, overlapKeys(context));
        out().printf("%-30s %10s %10s %10s %8s%n", source.dir != null ? "file" : "table", "rows", "loaded",
                "rejected", "seconds");
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

    private static String setting(ConfigurableApplicationContext context, String property) {
        return context.getEnvironment().getRequiredProperty(property).strip();
    }

    /** recon.hds.overlap-keys: a number of keys, 0 or more; one that does not parse is bad input (exit 2). */
    private static BigDecimal overlapKeys(ConfigurableApplicationContext context) {
        String text = setting(context, "recon.hds.overlap-keys");
        BigDecimal keys;
        try {
            keys = new BigDecimal(text);
        } catch (NumberFormatException e) {
            keys = null;
        }
        if (keys == null || keys.signum() < 0) {
            throw new BadInputException("recon.hds.overlap-keys (RECON_HDS_OVERLAP_KEYS) must be a number of keys, 0"
                    + " or more, not '" + text + "'");
        }
        return keys;
    }
}
