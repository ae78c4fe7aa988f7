package org.outagerecon.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.outagerecon.domain.Window;
import org.outagerecon.job.DetectionSettings;
import org.outagerecon.job.OutageRerun;
import org.outagerecon.job.Partition;
import org.outagerecon.job.ReconcileLauncher;
import org.outagerecon.job.ReconcileParameters;
import org.outagerecon.job.RunSummary;
import org.outagerecon.job.Trigger;
import org.outagerecon.system.BadInputException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** A command that runs the reconcile job for a window and prints what it wrote. */
abstract class ReconcilingCommand extends DatabaseCommand {

    @Option(names = "--interval-minutes", paramLabel = "15|30",
            description = "Interval length of recon.agent_interval (default: recon.interval-minutes, 30).")
    Integer intervalMinutes;

    @Option(names = "--partition", paramLabel = "I/N", converter = PartitionConverter.class,
            description = "Reconcile only the agents whose skill_target_id modulo N is I (0 <= I < N), replacing only "
                    + "their rows, so that N workers share the window (default: all agents).")
    Partition partition = Partition.ALL;

    @Option(names = "--threads", paramLabel = "N",
            description = "Reconcile the agents in N local partitions side by side (default: recon.threads, 1), each "
                    + "replacing its rows in a transaction of its own; with 1 the whole window is replaced at once.")
    Integer threads;

    int threads(ConfigurableApplicationContext context) {
        return threads != null ? threads : integerSetting(context, "recon.threads", "RECON_THREADS");
    }

    int intervalMinutes(ConfigurableApplicationContext context) {
        return intervalMinutes != null ? intervalMinutes : configuredIntervalMinutes(context);
    }

    static int configuredIntervalMinutes(ConfigurableApplicationContext context) {
        int minutes = integerSetting(context, "recon.interval-minutes", "RECON_INTERVAL_MINUTES");
        if (minutes != 15 && minutes != 30) {
            throw new BadInputException("recon.interval-minutes (RECON_INTERVAL_MINUTES) must be 15 or 30, not "
                    + minutes);
        }
        return minutes;
    }

    /** A whole-number setting; one that does not parse is bad input naming the setting (exit 2). */
    static int integerSetting(ConfigurableApplicationContext context, String property, String variable) {
        String text = context.getEnvironment().getRequiredProperty(property).strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(property + " (" + variable + ") must be a whole number, not '" + text + "'");
        }
    }

    static ZoneId configuredZone(ConfigurableApplicationContext context) {
        String name = context.getEnvironment().getRequiredProperty("recon.zone");
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new BadInputException("recon.zone (RECON_ZONE) '" + name + "' is not a time zone: " + e.getMessage());
        }
    }

    /** Parses I/N; a bad value is reported like any other bad option value (exit 2). */
    static final class PartitionConverter implements ITypeConverter<Partition> {
        @Override
        public Partition convert(String value) {
            return Partition.parse(value);
        }
    }

    /** rules.md §7: reruns the whole days (recon.zone) that hold a row the confirmed outage changes or adds. */
    int rerunOutage(ConfigurableApplicationContext context, String outageId) throws Exception {
        Window window = context.getBean(OutageRerun.class).window(outageId, configuredZone(context), Instant.now());
        return reconcile(context, new ReconcileParameters(window, intervalMinutes(context), partition, Trigger.OUTAGE,
                threads(context)));
    }

    /** Runs the job and prints its summary; a run that did not complete exits with 1 and says how to go on. */
    int reconcile(ConfigurableApplicationContext context, ReconcileParameters parameters) throws Exception {
        context.getBean(DetectionSettings.class).settings(); // a bad recon.detect.* setting is bad input, before the run
        if (integerSetting(context, "recon.orphan-minutes", "RECON_ORPHAN_MINUTES") < 0) {
            throw new BadInputException("recon.orphan-minutes (RECON_ORPHAN_MINUTES) must be 0 or more");
        }
        JobExecution execution = context.getBean(ReconcileLauncher.class).run(parameters);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            err().println("error: reconcile " + parameters.window() + " " + execution.getStatus() + ": "
                    + execution.getExitStatus().getExitDescription().lines().findFirst().orElse("")
                    + " (run the same command again to restart it)");
            return Main.FAILED;
        }
        context.getBean(RunSummary.class).print(parameters.window(), out());
        return 0;
    }
}
