package org.outagerecon.cli;

import org.outagerecon.domain.Window;
import org.outagerecon.job.ReconcileLauncher;
import org.outagerecon.job.ReconcileParameters;
import org.outagerecon.job.Trigger;
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
        InstantRange range;

        @Option(names = "--outage", paramLabel = "ID",
                description = "Rerun for one outage: the whole days of recon.zone that hold a row it changes or adds.")
        String outageId;
    }

    @Override
    protected void validate() {
        if (target.range != null) {
            Window window = target.range.window();
            if (intervalMinutes != null) {
                ReconcileLauncher.requireAligned(window, intervalMinutes);
            }
        }
    }

    @Override
    protected int run(ConfigurableApplicationContext context) throws Exception {
        if (target.range != null) {
            return reconcile(context, new ReconcileParameters(target.range.window(), intervalMinutes(context),
                    partition, Trigger.WINDOW, threads(context)));
        }
        return rerunOutage(context, target.outageId);
    }
}
