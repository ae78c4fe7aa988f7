package org.outagerecon.cli;

import java.time.Instant;
import org.outagerecon.domain.Window;
import org.outagerecon.job.OutageRerun;
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
        int minutes = intervalMinutes(context);
        if (target.range != null) {
            return reconcile(context, new ReconcileParameters(target.range.window(), minutes,
                    partition, Trigger.WINDOW, threads(context)));
        }
        Window window = context.getBean(OutageRerun.class).window(target.outageId, configuredZone(context),
                Instant.now());
        return reconcile(context, new ReconcileParameters(window, minutes, partition, Trigger.OUTAGE,
                threads(context)));
    }
}
