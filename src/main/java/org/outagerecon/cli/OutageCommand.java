package org.outagerecon.cli;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.outagerecon.db.recon.tables.records.OutageRecord;
import org.outagerecon.domain.Component;
import org.outagerecon.outages.OutageDecisions;
import org.outagerecon.outages.OutageListing;
import org.outagerecon.system.BadInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** rules.md §8.3: a person's decisions on outages, each one transaction on recon.outage. */
@Command(name = "outage", mixinStandardHelpOptions = true,
        description = "Confirm, dismiss or record an outage (see also: outages).",
        subcommands = {OutageCommand.Confirm.class, OutageCommand.Dismiss.class, OutageCommand.Add.class})
class OutageCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Confirm an outage (status CONFIRMED, origin kept), optionally correcting its end or "
                    + "component; it applies from the next run of its days, or at once with --rerun.")
    static class Confirm extends ReconcilingCommand {

        @Parameters(paramLabel = "ID", description = "The outage's id, e.g. SUSPECTED-PG-5000-20261119T101213.196Z.")
        String id;

        @Option(names = "--end", converter = InstantConverter.class, paramLabel = "T",
                description = "Its end, ISO-8601 instant (default: as recorded; a suspected outage may be open).")
        Instant end;

        @Option(names = "--component", paramLabel = "C", description = "Its component, when it was another than "
                + "detection could tell (${COMPLETION-CANDIDATES}).")
        Component component;

        @Option(names = "--rerun", description = "Then run reconcile --outage ID (the options of reconcile apply).")
        boolean rerun;

        @Override
        protected int run(ConfigurableApplicationContext context) throws Exception {
            OutageDecisions.Decided decided = context.getBean(OutageDecisions.class).confirm(id, end, component);
            OutageRecord outage = decided.outage();
            out().println(decided.changed() ? "Confirmed " + describe(outage) + "."
                    : "Already confirmed as given, nothing changed: " + describe(outage) + ".");
            if (outage.getEndedAt() == null) {
                out().println("It has no end and stays open: it applies from its start up to now. Once you know "
                        + "when it ended: java -jar target/outage-recon.jar outage confirm " + quoted(id) + " --end T");
            }
            if (!rerun) {
                out().println((decided.changed() ? "It applies from the next run of its days; to apply it now: "
                        : "To rerun its days: ") + rerunCommand(id));
                return 0;
            }
            OutageListing listing = context.getBean(OutageListing.class);
            Map<String, Integer> before = listing.rowsPerTable(id);
            int exitCode = rerunOutage(context, id);
            if (exitCode == 0) {
                Map<String, Integer> after = listing.rowsPerTable(id);
                out().println("\nRows of " + id + " before and after the rerun:");
                after.forEach((table, rows) -> out().println("  " + table + ": " + before.get(table) + " -> " + rows));
            }
            return exitCode;
        }
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true,
            description = "Dismiss a suspected outage (status DISMISSED): nothing applies it, detection does not "
                    + "record it again.")
    static class Dismiss extends DatabaseCommand {

        @Parameters(paramLabel = "ID", description = "The suspected outage's id.")
        String id;

        @Override
        protected int run(ConfigurableApplicationContext context) {
            OutageDecisions.Decided decided = context.getBean(OutageDecisions.class).dismiss(id);
            out().println(decided.changed() ? "Dismissed " + describe(decided.outage()) + "."
                    : id + " is already dismissed: nothing changed.");
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Record an outage by hand (status CONFIRMED, origin MANUAL), with the scope columns of "
                    + "outage.csv; it applies from the next run of its days.")
    static class Add extends DatabaseCommand {

        @Option(names = "--component", required = true, paramLabel = "C",
                description = "${COMPLETION-CANDIDATES}.")
        Component component;

        @Option(names = "--peripheral", paramLabel = "P",
                description = "peripheral_id: required for every component that is not scoped by an MRD.")
        Integer peripheralId;

        @Option(names = "--mrd", paramLabel = "M",
                description = "mr_domain_id: required for the MRD-scoped components (MR_PG, MR_PIM, ...); AGENT_PG_CTI "
                        + "may name one.")
        Integer mrDomainId;

        @Option(names = "--side", paramLabel = "S", description = "A or B (free text).")
        String side;

        @Option(names = "--start", required = true, converter = InstantConverter.class, paramLabel = "T",
                description = "Its start, ISO-8601 instant.")
        Instant start;

        @Option(names = "--end", converter = InstantConverter.class, paramLabel = "T",
                description = "Its end, after the start (default: open).")
        Instant end;

        @Option(names = "--note", paramLabel = "TEXT", description = "What happened.")
        String note;

        @Option(names = "--id", paramLabel = "ID",
                description = "Its id (default: MANUAL-<component>-<peripheral or MRD>-<start as yyyyMMdd'T'HHmmss.SSS'Z'>).")
        String id;

        @Override
        protected void validate() {
            if (id != null && id.isBlank()) {
                throw new BadInputException("--id must not be empty");
            }
        }

        @Override
        protected int run(ConfigurableApplicationContext context) {
            OutageRecord outage = context.getBean(OutageDecisions.class).add(new OutageDecisions.ManualOutage(id,
                    component, peripheralId, mrDomainId, side, start, end, note));
            out().println("Recorded " + describe(outage) + ".");
            out().println("It applies from the next run of its days; to apply it now: "
                    + rerunCommand(outage.getOutageId()));
            return 0;
        }
    }

    /** "ID: PG, peripheral 5000 side A, 2026-11-19T10:00:00Z to 2026-11-19T10:05:00Z (CONFIRMED, origin INFERRED)". */
    static String describe(OutageRecord outage) {
        return outage.getOutageId() + ": " + outage.getComponent() + ", "
                + OutageListing.scope(outage.getComponent(), outage.getPeripheralId(), outage.getMrDomainId(),
                        outage.getSide()) + ", "
                + outage.getStartedAt().toInstant() + " to "
                + (outage.getEndedAt() == null ? "open" : outage.getEndedAt().toInstant()) + " ("
                + outage.getStatus() + ", origin " + outage.getOrigin() + ")";
    }

    private static String rerunCommand(String id) {
        return "java -jar target/outage-recon.jar reconcile --outage " + quoted(id);
    }

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:+-]+");

    /** The id as a shell word: ids of outage.csv are free text. */
    static String quoted(String id) {
        return PLAIN.matcher(id).matches() ? id : "'" + id.replace("'", "'\\''") + "'";
    }
}
