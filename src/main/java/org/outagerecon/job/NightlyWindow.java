package org.outagerecon.job;

import java.time.LocalDate;
import java.time.ZoneId;
import org.outagerecon.domain.Window;
import org.outagerecon.system.BadInputException;

/**
 * rules.md §7: the nightly run reconciles a calendar day of the configured zone (23 or 25 hours on DST days)
 * plus a lookback of earlier days for late data.
 */
public final class NightlyWindow {

    private NightlyWindow() {
    }

    /**
     * @param day          the day to reconcile (by default yesterday in {@code zone})
     * @param lookbackDays how many earlier days to reconcile again
     */
    public static Window of(LocalDate day, ZoneId zone, int lookbackDays, int intervalMinutes) {
        if (lookbackDays < 0) {
            throw new BadInputException("recon.lookback-days must be 0 or more, not " + lookbackDays);
        }
        Window window = Window.of(day.minusDays(lookbackDays).atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        long length = intervalMinutes * 60_000L;
        if (window.from() % length != 0) {
            throw new BadInputException("midnight in " + zone + " is not on a " + intervalMinutes
                    + "-minute boundary in UTC, so its days cannot be reconciled with " + intervalMinutes
                    + "-minute intervals; use --interval-minutes 15 (or recon.interval-minutes=15)");
        }
        return window;
    }
}
