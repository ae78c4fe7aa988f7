package org.outagerecon.rules.gap;

/** {@code recon.reporting_gap.kind}: what a reader must know about a stretch of reporting data (rules.md §3). */
public enum GapKind {
    /** PIM outage: the data is gone and cannot be rebuilt. */
    DATA_LOST,
    /** PG, CTI Manager or Finesse failover: the agent was logged out by the outage. */
    AGENT_LOGGED_OUT,
    /** Tasks assigned and finished while the path was down are never reported. */
    TASKS_UNREPORTED,
    /** The data was cached and arrives late; rerun the window later. */
    DATA_LATE,
    /** Chat server stopped: lost sessions are routed again for a while; those tasks are not real contacts. */
    ORPHANED_TASKS
}
