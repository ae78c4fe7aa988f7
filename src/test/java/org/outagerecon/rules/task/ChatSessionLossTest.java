package org.outagerecon.rules.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.MediaClass;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;

/** rules.md §5.1: chat sessions lost with their server, and their re-routes; one case per row. */
class ChatSessionLossTest {

    private static final Map<Integer, MediaRoutingDomain> MRDS = Map.of(
            1, new MediaRoutingDomain(1, MediaClass.VOICE, 1200),
            2, new MediaRoutingDomain(2, MediaClass.CHAT, 1200),
            3, new MediaRoutingDomain(3, MediaClass.EMAIL, 1800));
    private static final long ORPHAN_MILLIS = 60 * 60_000;

    /** Sessions of the chat MRD around the outage: g1 is open at 11:00 (lost), g2 ended before it. */
    private static final List<Task> SESSIONS = List.of(
            task("g1", 5000, 2, "10:50", null),
            task("g2", 5000, 2, "10:40", "10:59"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                   guid, periph., MRD, start,    end,   expected end, rule
            open at s with no end is lost,            g1,   5000,    2,   10:50,    -,     11:00,        CHAT_SESSION_LOST
            open at s and ending later is lost,       g9,   5000,    2,   10:55,    11:30, 11:00,        CHAT_SESSION_LOST
            any peripheral,                           g8,   5001,    2,   10:55,    11:30, 11:00,        CHAT_SESSION_LOST
            ended exactly at s,                       g2,   5000,    2,   10:40,    11:00, 11:00,        -
            ended before s,                           g2,   5000,    2,   10:40,    10:59, 10:59,        -
            another MRD open at s,                    g7,   5000,    3,   10:55,    11:30, 11:30,        -
            re-route starting at s,                   g1,   5001,    2,   11:00,    11:12, 11:12,        ORPHANED_REROUTE
            re-route inside the hour,                 g1,   5000,    2,   11:05,    11:12, 11:12,        ORPHANED_REROUTE
            re-route after e (not cut at e),          g1,   5000,    2,   11:45,    -,     -,            ORPHANED_REROUTE
            re-route just inside the hour,            g1,   5000,    2,   11:59:59.999, 12:05, 12:05,    ORPHANED_REROUTE
            re-route at s + 60 minutes,               g1,   5000,    2,   12:00,    12:05, 12:05,        -
            same guid as a session not lost,          g2,   5000,    2,   11:05,    11:12, 11:12,        -
            null call_guid,                           -,    5000,    2,   11:05,    11:12, 11:12,        -
            same guid on another MRD,                 g1,   5000,    3,   11:05,    11:12, 11:12,        -
            """)
    void oneChatServerOutage(String description, String guid, int peripheral, int mrd, String start, String end,
                             String expectedEnd, String expectedRule) {
        Outage chat = chatServer("C", "11:00", "11:20");
        Task task = task(guid, peripheral, mrd, start, end);

        ReconciledTask result = reconcile(task, List.of(chat));

        assertThat(result.end()).isEqualTo(at(expectedEnd));
        assertThat(result.rule() == null ? null : result.rule().name()).isEqualTo(expectedRule);
        assertThat(result.provenance().name()).isEqualTo(expectedRule == null ? "SOURCE" : "RECONSTRUCTED");
        assertThat(result.outageId()).isEqualTo(expectedRule == null ? null : "C");
        assertThat(result.callDisposition()).as("a lost session keeps its imported disposition").isEqualTo(38);
    }

    @Test
    void aSessionThatTaskLifeEndedBeforeSIsNotLostAndItsRerouteIsNotOrphaned() {
        Outage applicationPath = new Outage("APC", Component.AGENT_PG_CTI, 5000, null, at("10:30"), at("11:30"));
        Outage chat = chatServer("C", "11:00", "11:20");
        Task session = task("g5", 5000, 2, "10:20", null);
        Task reroute = task("g5", 5000, 2, "11:05", "11:12");
        List<Outage> outages = List.of(applicationPath, chat);

        ReconciledTask expired = reconcile(session, outages, session);
        assertThat(expired.end()).isEqualTo(at("10:50"));
        assertThat(expired.callDisposition()).isEqualTo(42);
        assertThat(expired.outageId()).isEqualTo("APC");
        assertThat(reconcile(reroute, outages, session)).isEqualTo(ReconciledTask.unchanged(reroute));
    }

    @Test
    void aTaskLifeEndAfterSNeverHappened() {
        Outage applicationPath = new Outage("APC", Component.AGENT_PG_CTI, 5000, null, at("10:45"), at("11:30"));
        Outage chat = chatServer("C", "11:00", "11:20");
        Task session = task("g5", 5000, 2, "10:40", null);

        ReconciledTask result = reconcile(session, List.of(applicationPath, chat), session);

        assertThat(result.end()).isEqualTo(at("11:00"));
        assertThat(result.callDisposition()).as("the imported disposition, not 42").isEqualTo(38);
        assertThat(result.rule().name()).isEqualTo("CHAT_SESSION_LOST");
    }

    @Test
    void aRerouteThatALaterApplicationPathOutageExpiresEndsWithTaskLife() {
        Outage chat = chatServer("C", "11:00", "11:20");
        Outage applicationPath = new Outage("APC", Component.AGENT_PG_CTI, 5000, null, at("11:10"), at("12:00"));
        Task reroute = task("g1", 5000, 2, "11:05", null);

        ReconciledTask result = reconcile(reroute, List.of(chat, applicationPath));

        assertThat(result.end()).isEqualTo(at("11:30"));
        assertThat(result.callDisposition()).isEqualTo(42);
        assertThat(result.rule().name()).isEqualTo("TASK_LIFE_EXPIRED");
        assertThat(result.outageId()).isEqualTo("APC");
    }

    @Test
    void twoChatServerOutagesOnOneMrdTheLastChangeWins() {
        Outage first = chatServer("C1", "11:00", "11:10");
        Outage second = chatServer("C2", "11:30", "11:40");
        Task firstReroute = task("g1", 5000, 2, "11:05", null);
        Task secondReroute = task("g1", 5001, 2, "11:35", "11:50");
        List<Outage> outages = List.of(first, second);

        ReconciledTask lostAgain = reconcile(firstReroute, outages, firstReroute);
        assertThat(lostAgain.end()).isEqualTo(at("11:30"));
        assertThat(lostAgain.rule().name()).isEqualTo("CHAT_SESSION_LOST");
        assertThat(lostAgain.outageId()).isEqualTo("C2");

        ReconciledTask orphanOfBoth = reconcile(secondReroute, outages, firstReroute);
        assertThat(orphanOfBoth.end()).isEqualTo(at("11:50"));
        assertThat(orphanOfBoth.rule().name()).isEqualTo("ORPHANED_REROUTE");
        assertThat(orphanOfBoth.outageId()).isEqualTo("C2");
    }

    @Test
    void otherComponentsLeaveChatsAlone() {
        Outage mrPg = new Outage("M", Component.MR_PG, null, 2, at("11:00"), at("11:20"));
        Task session = task("g1", 5000, 2, "10:50", null);

        assertThat(reconcile(session, List.of(mrPg))).isEqualTo(ReconciledTask.unchanged(session));
    }

    /** As the job does: each chat outage's lost sessions from the source tasks of its MRD open at its start. */
    private static ReconciledTask reconcile(Task task, List<Outage> outages, Task... moreSessions) {
        List<Task> sessions = new ArrayList<>(SESSIONS);
        sessions.addAll(List.of(moreSessions));
        Map<String, Set<String>> lost = new HashMap<>();
        for (Outage outage : outages) {
            if (outage.component() == Component.CHAT_SERVER) {
                List<Task> openAtS = sessions.stream().filter(session -> session.mrDomainId() == outage.mrDomainId()
                        && ReconciledTask.unchanged(session).openAt(outage.start())).toList();
                lost.put(outage.id(), ChatSessionLoss.lostCallGuids(outage, openAtS, outages, MRDS::get));
            }
        }
        return TaskRules.apply(task, outages, MRDS::get, new LostSessions(lost, ORPHAN_MILLIS));
    }

    private static Outage chatServer(String id, String start, String end) {
        return new Outage(id, Component.CHAT_SERVER, null, 2, at(start), at(end));
    }

    private static Task task(String guid, int peripheral, int mrd, String start, String end) {
        return new Task(BigDecimal.ONE, null, null, guid, peripheral, mrd, 1001, at(start), at(end), 38);
    }

    private static Long at(String time) {
        if (time == null) {
            return null;
        }
        return Instant.parse("2026-11-19T" + (time.length() == 5 ? time + ":00" : time) + "Z").toEpochMilli();
    }
}
