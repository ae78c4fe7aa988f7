package org.outagerecon.cli;

import org.outagerecon.domain.Window;
import org.outagerecon.job.ReconcileLauncher;
import org.outagerecon.job.ReconcileParameters;
import org.outagerecon.job.Trigger;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Reconcile the window [--from, --to) (instants aligned to the interval length in UTC), or rerun "
                + "one outage (--outage): every whole day of recon.zone that holds a row it changes or adds. Replaces "
                + "every reconciled row of the window.")
class ReconcileCommand extends ReconcilingCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    WindowOrOutage target;

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
