package org.outagerecon.rules.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.rules.timeline.RuleFixtures.AGENT;
import static org.outagerecon.rules.timeline.RuleFixtures.CHAT_MRD;
import static org.outagerecon.rules.timeline.RuleFixtures.PERIPHERAL;
import static org.outagerecon.rules.timeline.RuleFixtures.VOICE_AGENT;
import static org.outagerecon.rules.timeline.RuleFixtures.VOICE_MRD;
import static org.outagerecon.rules.timeline.RuleFixtures.apply;
import static org.outagerecon.rules.timeline.RuleFixtures.assertSpans;
import static org.outagerecon.rules.timeline.RuleFixtures.outage;
import static org.outagerecon.rules.timeline.RuleFixtures.t;
import static org.outagerecon.rules.timeline.RuleFixtures.timeline;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Outage;
import org.outagerecon.rules.gap.GapKind;

/** rules.md §3 (which agent-MRDs an outage reaches) and §4 (the state at failover decides whether it is affected). */
class OutageScopeTest {

    private static final List<StateRow> READY_AT_FAILOVER = timeline("08:00 0, 09:00 3, 09:40 2 7");
    private static final List<String> UNTOUCHED = List.of("08:00 09:00 0", "09:00 09:40 3", "09:40 open 2 7");

    /**
     * The outage names the agent's peripheral, and its MRD as well (a scope column the component may ignore), so
     * that only the component, the MRD's media class and the agent's peripheral decide.
     */
    @ParameterizedTest(name = "{0} on a {1} MRD of an agent of peripheral {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # component  | MRD   | agent's peripheral | gap kind of an affected agent-MRD
            PIM          | voice | 5000               | DATA_LOST
            PIM          | chat  | 5000               | none
            PIM          | voice | 5001               | none
            PIM          | voice | none               | none
            PG           | voice | 5000               | AGENT_LOGGED_OUT
            PG           | chat  | 5000               | none
            PG           | voice | 5001               | none
            PG           | voice | none               | none
            CTI_MANAGER  | voice | 5000               | AGENT_LOGGED_OUT
            CTI_MANAGER  | chat  | 5000               | none
            CTI_MANAGER  | voice | 5001               | none
            CTI_MANAGER  | voice | none               | none
            FINESSE      | voice | 5000               | AGENT_LOGGED_OUT
            FINESSE      | chat  | 5000               | AGENT_LOGGED_OUT
            FINESSE      | voice | 5001               | none
            FINESSE      | chat  | 5001               | none
            FINESSE      | chat  | none               | none
            AGENT_PG_CTI | voice | 5000               | none
            AGENT_PG_CTI | chat  | 5000               | none
            MR_PG        | voice | 5000               | none
            MR_PG        | chat  | 5000               | none
            MR_PIM       | voice | 5000               | none
            MR_PIM       | chat  | 5000               | none
            ROUTER_LINK  | voice | 5000               | none
            ROUTER_LINK  | chat  | 5000               | none
            """)
    void scopeTable(Component component, String media, Integer agentPeripheral, GapKind gapKind) {
        boolean voice = media.equals("voice");
        AgentMrd agentMrd = new AgentMrd(AGENT, voice ? VOICE_MRD : CHAT_MRD, agentPeripheral, voice);
        Outage outage = new Outage("o1", component, PERIPHERAL, agentMrd.mrDomainId(), t("09:10"), t("09:30"));

        OutageEffects.Result result = apply(agentMrd, READY_AT_FAILOVER, outage);

        if (gapKind == null) {
            assertSpans(result.spans(), UNTOUCHED);
            assertThat(result.affected()).isEmpty();
            return;
        }
        String during = gapKind == GapKind.DATA_LOST
                ? "09:10 09:30 0 50002 GAP o1 PIM_DATA_LOST, 09:30 09:40 0 50002 RECONSTRUCTED o1 PIM_AWAIT_RESYNC"
                : "09:10 09:30 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, "
                        + "09:30 09:40 3 RECONSTRUCTED o1 POST_FAILOVER_READY";
        assertSpans(result.spans(), ("08:00 09:00 0, 09:00 09:10 3, " + during + ", 09:40 open 2 7").split(","));
        assertThat(result.affected()).containsExactly(new OutageEffects.Affected(outage, gapKind));
    }

    /** A PG outage {@code [09:10, 09:30)} on a voice agent-MRD; {@code x} is the state in effect at 09:10. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | source rows                             | spans after the outage
            logged off at s (x = 0): not affected   | 08:00 3, 09:00 0, 09:40 3               | 08:00 09:00 3, 09:00 09:40 0, 09:40 open 3
            no known timeline at s: not affected     | 09:20 3, 09:40 2                        | 09:20 09:40 3, 09:40 open 2
            first row exactly at s: no timeline before it | 09:10 3, 09:40 2                   | 09:10 09:40 3, 09:40 open 2
            source logout at s is the failover itself | 08:00 3, 09:10 0 50002, 09:40 2 7      | 08:00 09:10 3, 09:10 09:30 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:30 09:40 3 RECONSTRUCTED o1 POST_FAILOVER_READY, 09:40 open 2 7
            every row at s is disregarded            | 08:00 2 7, 09:10 3, 09:10 0, 09:40 3    | 08:00 09:10 2 7, 09:10 09:30 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:30 09:40 2 7 RECONSTRUCTED o1 POST_FAILOVER_NOT_READY, 09:40 open 3
            a new state at s is disregarded          | 08:00 3, 09:10 4, 09:40 2 7             | 08:00 09:10 3, 09:10 09:30 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:30 09:40 3 RECONSTRUCTED o1 POST_FAILOVER_READY, 09:40 open 2 7
            a login at s is disregarded too          | 08:00 0, 09:10 3, 09:40 2 7             | 08:00 09:10 0, 09:10 09:40 3, 09:40 open 2 7
            a wrap-up before a logout at s           | 08:00 3, 09:00 4, 09:05 6, 09:10 0      | 08:00 09:00 3, 09:00 09:05 4, 09:05 09:10 6, 09:10 09:30 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:30 open 3 RECONSTRUCTED o1 POST_FAILOVER_WRAPUP
            a row 1 ms after s is superseded         | 08:00 3, 09:10:00.001 4, 09:40 2 7      | 08:00 09:10 3, 09:10 09:30 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:30 09:40 3 RECONSTRUCTED o1 POST_FAILOVER_READY, 09:40 open 2 7
            a row 1 ms before s is x                 | 08:00 3, 09:09:59.999 4, 09:40 2 7      | 08:00 09:09:59.999 3, 09:09:59.999 09:10 4, 09:10 09:30 0 50002 RECONSTRUCTED o1 FAILOVER_LOGOUT, 09:30 09:40 9 RECONSTRUCTED o1 POST_FAILOVER_UNRESOLVED, 09:40 open 2 7
            """)
    void stateAtFailover(String description, String rows, String expected) {
        Outage outage = outage("o1", Component.PG, "09:10", "09:30");

        OutageEffects.Result result = apply(VOICE_AGENT, timeline(rows), outage);

        assertSpans(result.spans(), expected.split(","));
        boolean affected = expected.contains("FAILOVER_LOGOUT");
        assertThat(result.affected()).hasSize(affected ? 1 : 0);
    }
}
