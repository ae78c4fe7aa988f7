package org.outagerecon.job;

/** What started a run ({@code recon.run.trigger}). */
public enum Trigger {
    NIGHTLY, WINDOW, OUTAGE
}
