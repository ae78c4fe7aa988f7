package org.outagerecon.cli;

import java.time.Instant;
import org.outagerecon.domain.Window;
import org.outagerecon.job.ReconcileLauncher;
import org.outagerecon.job.ReconcileParameters;
import org.outagerecon.job.Trigger;
import org.outagerecon.system.BadInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Reconcile the window [--from, --to), or every day an outage touches (--outage): replaces every "
                + "reconciled row of the window.")
class ReconcileCommand extends ReconcilingCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static class Target {
        @ArgGroup(exclusive = false)
        Range range;

        @Option(names = "--outage", paramLabel = "ID",
                description = "Rerun for one outage: the whole days of recon.zone that hold a row it changes or adds.")
        String outageId;
    }

    static class Range {
        @Option(names = "--from", required = true, converter = InstantConverter.class, paramLabel = "T",
                description = "Window start, ISO-8601 instant, aligned to the interval length in UTC.")
        Instant from;

        @Option(names = "--to", required = true, converter = InstantConverter.class, paramLabel = "T",
                description = "Window end (exclusive).")
        Instant to;
    }

    @Override
    protected void validate() {
        if (target.range != null) {
            Range range = target.range;
            if (!range.to.isAfter(range.from)) {
                throw new BadInputException("--to (" + range.to + ") must be after --from (" + range.from + ")");
            }
            if (intervalMinutes != null) {
                ReconcileLauncher.requireAligned(Window.of(range.from, range.to), intervalMinutes);
            }
        }
    }

    @Override
    protected int run(ConfigurableApplicationContext context) throws Exception {
        if (target.range != null) {
            return reconcile(context, new ReconcileParameters(Window.of(target.range.from, target.range.to),
                    intervalMinutes(context), partition, Trigger.WINDOW, threads(context)));
        }
        return rerunOutage(context, target.outageId);
    }
}
