package org.outagerecon.rules.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.MediaClass;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;

/** rules.md §5: one case per kind of task around an AGENT_PG_CTI outage. */
class TaskLifeTest {

    private static final Map<Integer, MediaRoutingDomain> MRDS = Map.of(
            1, new MediaRoutingDomain(1, MediaClass.VOICE, 1200),
            2, new MediaRoutingDomain(2, MediaClass.CHAT, 1200),
            3, new MediaRoutingDomain(3, MediaClass.EMAIL, 1200),
            4, new MediaRoutingDomain(4, MediaClass.TASK, 600));

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                   outage MRD, outage,       task periph., MRD, start, end,   expected end, disposition, rule
            open at s and expired,                    -,          11:00-11:30,  5000, 2, 10:50, 11:40, 11:20, 42, TASK_LIFE_EXPIRED
            still open (no end) and expired,          -,          11:00-11:30,  5000, 2, 10:58, -,     11:20, 42, TASK_LIFE_EXPIRED
            open but ended before expiry,             -,          11:00-11:30,  5000, 2, 10:55, 11:10, 11:10, 38, -
            ended exactly at expiry,                  -,          11:00-11:30,  5000, 2, 10:55, 11:20, 11:20, 38, -
            open and not expired (short outage),      -,          11:00-11:15,  5000, 2, 10:50, 11:40, 11:40, 38, -
            expiry exactly at e does not expire,      -,          11:00-11:20,  5000, 2, 10:50, 11:40, 11:40, 38, -
            open outage never ends,                   -,          11:00-,       5000, 2, 10:50, -,     11:20, 42, TASK_LIFE_EXPIRED
            MRD task life (600 s),                    -,          11:00-11:30,  5000, 4, 10:50, 11:40, 11:10, 42, TASK_LIFE_EXPIRED
            email may be ended too,                   -,          11:00-11:30,  5000, 3, 10:40, 12:00, 11:20, 42, TASK_LIFE_EXPIRED
            started inside the outage,                -,          11:00-11:30,  5000, 2, 11:05, 11:40, 11:40, 38, -
            started exactly at s,                     -,          11:00-11:30,  5000, 2, 11:00, 11:40, 11:40, 38, -
            ended before s,                           -,          11:00-11:30,  5000, 2, 10:30, 10:59, 10:59, 38, -
            ended exactly at s,                       -,          11:00-11:30,  5000, 2, 10:30, 11:00, 11:00, 38, -
            other peripheral,                         -,          11:00-11:30,  5001, 2, 10:50, 11:40, 11:40, 38, -
            voice MRD,                                -,          11:00-11:30,  5000, 1, 10:50, 11:40, 11:40, 38, -
            voice MRD even when named,                1,          11:00-11:30,  5000, 1, 10:50, 11:40, 11:40, 38, -
            other MRD than the one named,             2,          11:00-11:30,  5000, 4, 10:50, 11:40, 11:40, 38, -
            the MRD named,                            4,          11:00-11:30,  5000, 4, 10:50, 11:40, 11:10, 42, TASK_LIFE_EXPIRED
            undescribed MRD when none is named,       -,          11:00-11:30,  5000, 9, 10:50, 11:40, 11:40, 38, -
            undescribed MRD named: default task life, 9,          11:00-11:30,  5000, 9, 10:50, 11:40, 11:20, 42, TASK_LIFE_EXPIRED
            """)
    void taskLife(String description, Integer outageMrd, String outage, int peripheral, int mrd, String start,
                  String end, String expectedEnd, int expectedDisposition, String expectedRule) {
        String[] bounds = outage.split("-", -1);
        Outage agentPgCti = new Outage("APC", Component.AGENT_PG_CTI, 5000, outageMrd, at(bounds[0]),
                bounds[1].isEmpty() ? Outage.OPEN : at(bounds[1]));
        Task task = new Task(BigDecimal.ONE, null, null, null, peripheral, mrd, 1001, at(start),
                end == null ? null : at(end), 38);

        ReconciledTask result = TaskRules.apply(task, List.of(agentPgCti), MRDS::get, LostSessions.NONE);

        assertThat(result.end()).isEqualTo(at(expectedEnd));
        assertThat(result.callDisposition()).isEqualTo(expectedDisposition);
        assertThat(result.rule() == null ? null : result.rule().name()).isEqualTo(expectedRule);
        assertThat(result.provenance().name()).isEqualTo(expectedRule == null ? "SOURCE" : "RECONSTRUCTED");
        assertThat(result.outageId()).isEqualTo(expectedRule == null ? null : "APC");
        assertThat(result.source().callDisposition()).as("source_call_disposition keeps the imported value")
                .isEqualTo(38);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            other components never end tasks, PG
            other components never end tasks, MR_PG
            other components never end tasks, MR_PIM
            other components never end tasks, FINESSE
            """)
    void onlyTheApplicationPathEndsTasks(String description, Component component) {
        Outage outage = new Outage("X", component, 5000, 2, at("11:00"), at("11:30"));
        Task task = new Task(BigDecimal.ONE, null, null, null, 5000, 2, 1001, at("10:50"), at("11:40"), 38);

        assertThat(TaskRules.apply(task, List.of(outage), MRDS::get, LostSessions.NONE)).isEqualTo(ReconciledTask.unchanged(task));
    }

    @ParameterizedTest(name = "second outage at {0}")
    @CsvSource({"11:10, 11:20", "11:25, 11:20", "12:00, 11:20"})
    void aLaterOutageSeesTheTaskAsTheEarlierOneEndedIt(String secondStart, String expectedEnd) {
        Outage first = new Outage("A", Component.AGENT_PG_CTI, 5000, null, at("11:00"), at("11:30"));
        Outage second = new Outage("B", Component.AGENT_PG_CTI, 5000, null, at(secondStart), at("13:00"));
        Task task = new Task(BigDecimal.ONE, null, null, null, 5000, 2, 1001, at("10:50"), null, 38);

        ReconciledTask result = TaskRules.apply(task, List.of(first, second), MRDS::get, LostSessions.NONE);

        assertThat(result.end()).isEqualTo(at(expectedEnd));
        assertThat(result.outageId()).isEqualTo("A");
    }

    private static Long at(String time) {
        return time == null ? null : Instant.parse("2026-11-19T" + time + ":00Z").toEpochMilli();
    }
}
