package org.outagerecon.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code outage-recon} command line (data-contract.md §3). Exit codes: 0 done; 1 the job failed (rerun or
 * restart it); 2 bad arguments or input; 3 done, but rows were rejected; 4 another run holds the window.
 */
@Command(name = "outage-recon", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Repairs UCCE reporting data (agent states, logouts, tasks, intervals) after component outages.",
        subcommands = {ImportCommand.class, ReconcileCommand.class, NightlyCommand.class, OutagesCommand.class,
                OutageCommand.class, ReportCommand.class, SqlCommand.class, GenerateCommand.class,
                BenchmarkCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the job failed (rerun or restart it)", "2:bad arguments or input",
                "3:done, but rows were rejected", "4:another run holds the window"})
public class Main implements Runnable {

    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int REJECTED_ROWS = 3;
    public static final int WINDOW_BUSY = 4;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new ErrorHandler())
                .setParameterExceptionHandler(Main::badArguments)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** Bad arguments: one line and where to find the usage, not the whole usage text (exit 2). */
    private static int badArguments(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        String message = ErrorHandler.firstLine(exception.getMessage()).replaceFirst("^Error: ", "");
        command.getErr().println("error: " + message + " (see: " + command.getCommandSpec().qualifiedName() + " --help)");
        return BAD_INPUT;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"outage-recon " + (version == null ? "(development build)" : version)};
        }
    }
}
