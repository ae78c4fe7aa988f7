package org.outagerecon.domain;

/** The rule of rules.md that made a reconciled row; stored by name in the {@code rule} columns. */
public enum Rule {
    /** §4.1 step 1: the agent is logged out for the outage, reason 50002. */
    FAILOVER_LOGOUT,
    /** §4.1 tables 1 and 2: Ready stays Ready. */
    POST_FAILOVER_READY,
    /** §4.1: Not Ready stays Not Ready with its reason code. */
    POST_FAILOVER_NOT_READY,
    /** §4.1 table 2 only: Reserved becomes Ready after a Finesse failover. */
    POST_FAILOVER_RESERVED,
    /** §4.1: wrap-up becomes the state before the call (Ready, else Not Ready). */
    POST_FAILOVER_WRAPUP,
    /** §4.1: a state Cisco's tables do not cover; Unknown, for review. */
    POST_FAILOVER_UNRESOLVED,
    /** §4.2: the PIM outage itself, data lost. */
    PIM_DATA_LOST,
    /** §4.2: logged out after a PIM outage until the source shows the agent again. */
    PIM_AWAIT_RESYNC,
    /** §5: an open task outlived its MRD's task life while the application path was down. */
    TASK_LIFE_EXPIRED,
    /** §5.1: a chat session open when its server stopped; the customer left at {@code s}. */
    CHAT_SESSION_LOST,
    /** §5.1: a lost session routed again to an agent; not a task offered or handled. */
    ORPHANED_REROUTE
}
