package org.outagerecon.domain;

/**
 * The components whose failure rules.md §3 describes. The declaration order is the tie order of §4:
 * outages that start at the same instant apply in this order.
 */
public enum Component {
    /** PIM, PIM–ACD link or ACD down: voice data of the peripheral is lost. */
    PIM(Scope.PERIPHERAL),
    /** Peripheral Gateway failover: voice agents are logged out (table 1). */
    PG(Scope.PERIPHERAL),
    /** CTI Manager service failover: same as PG (table 1). */
    CTI_MANAGER(Scope.PERIPHERAL),
    /** Finesse desktop or server failover: agents are logged out of all MRDs (table 2). */
    FINESSE(Scope.PERIPHERAL),
    /** Application instance and Agent PG CTI server cut off: tasks live for the MRD's task life. */
    AGENT_PG_CTI(Scope.PERIPHERAL),
    /** Application instance and MR PG cut off: new tasks are discarded. */
    MR_PG(Scope.MEDIA_ROUTING_DOMAIN),
    /** MR PIM and central controller cut off: routing disabled. */
    MR_PIM(Scope.MEDIA_ROUTING_DOMAIN),
    /** Agent PG CTI server and CallRouter cut off: data is cached and arrives late. */
    ROUTER_LINK(Scope.PERIPHERAL),
    /** The application that hosts chat sessions stops: the chats end, their re-routes live on (seed 002). */
    CHAT_SERVER(Scope.MEDIA_ROUTING_DOMAIN);

    /** Which column of an outage row says what it covers (data-contract.md §1). */
    public enum Scope { PERIPHERAL, MEDIA_ROUTING_DOMAIN }

    private final Scope scope;

    Component(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    /** PG, CTI Manager and Finesse failovers log agents out and rebuild their state afterwards (§4.1). */
    public boolean logsAgentsOut() {
        return this == PG || this == CTI_MANAGER || this == FINESSE;
    }
}
