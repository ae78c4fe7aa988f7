package org.outagerecon.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import org.outagerecon.job.NightlyWindow;
import org.outagerecon.job.ReconcileParameters;
import org.outagerecon.job.Trigger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = "The scheduled run: reconcile a day of recon.zone (default yesterday) plus recon.lookback-days "
                + "earlier days for late data.")
class NightlyCommand extends ReconcilingCommand {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day to reconcile (default: yesterday).")
    LocalDate date;

    @Override
    protected int run(ConfigurableApplicationContext context) throws Exception {
        Environment environment = context.getEnvironment();
        ZoneId zone = configuredZone(context);
        int lookback = integerSetting(context, "recon.lookback-days", "RECON_LOOKBACK_DAYS");
        int minutes = intervalMinutes(context);
        LocalDate day = date != null ? date : LocalDate.now(zone).minusDays(1);
        return reconcile(context, new ReconcileParameters(NightlyWindow.of(day, zone, lookback, minutes), minutes,
                partition, Trigger.NIGHTLY, threads(context)));
    }
}
