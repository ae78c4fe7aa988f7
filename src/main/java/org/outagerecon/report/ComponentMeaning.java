package org.outagerecon.report;

import java.util.Map;

/** What an outage of a component means, in one sentence each (rules.md §3), for readers who do not know UCCE. */
final class ComponentMeaning {

    private static final Map<String, String> SENTENCES = Map.of(
            "PIM", "The PIM, its link to the ACD or the ACD was down: the voice data of the peripheral's agents "
                    + "was lost for the outage, and they count as logged out until the ACD resyncs or they log in.",
            "PG", "The Peripheral Gateway failed over: voice agents were logged out (reason 50002) and their "
                    + "state after the failover was rebuilt from the state they were in (Cisco's table 1).",
            "CTI_MANAGER", "The CTI Manager failed over: voice agents were logged out (reason 50002) and their "
                    + "state after the failover was rebuilt from the state they were in (Cisco's table 1).",
            "FINESSE", "The Finesse server or desktop failed over: agents were logged out of every media routing "
                    + "domain (reason 50002) and their state afterwards was rebuilt (Cisco's table 2).",
            "AGENT_PG_CTI", "The application instance lost the Agent PG CTI server: agents stayed logged in, tasks "
                    + "open at the start ended when their task life ran out (disposition 42), new tasks may be "
                    + "missing.",
            "MR_PG", "The application instance lost the Media Routing PG: new tasks were not routed and may be "
                    + "missing from the reports; no rows were changed.",
            "MR_PIM", "The MR PIM lost the central controller: routing of the media routing domain was disabled, "
                    + "tasks may be missing; no rows were changed.",
            "ROUTER_LINK", "The Agent PG CTI server lost the CallRouter: data was cached and arrived late; no rows "
                    + "were changed.",
            "CHAT_SERVER", "The chat server stopped: the chat sessions it hosted ended for the customers at the "
                    + "start, and their re-routes to agents afterwards are flagged as orphaned.");

    private ComponentMeaning() {
    }

    static String of(String component) {
        return SENTENCES.getOrDefault(component, "A component outage this version of the report does not describe.");
    }
}
