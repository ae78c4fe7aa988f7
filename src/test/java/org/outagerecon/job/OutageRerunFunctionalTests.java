package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outagerecon.db.recon.Tables.OUTAGE;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.Window;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;
import org.outagerecon.system.BadInputException;

/** rules.md §7: an outage rerun covers the whole days that hold a row the outage changes or adds. */
class OutageRerunFunctionalTests {

    static final Path BASIC = Path.of("src/test/resources/fixtures/basic");
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @ParameterizedTest(name = "{0} {1}–{2} in {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # outage, component, start, end, zone, window start, window end
            PG-1,  PG,           -,                    -,                    UTC,                 2026-11-19T00:00:00Z, 2026-11-20T00:00:00Z
            APC-1, AGENT_PG_CTI, -,                    -,                    UTC,                 2026-11-19T00:00:00Z, 2026-11-20T00:00:00Z
            APC-1, AGENT_PG_CTI, -,                    -,                    America/Los_Angeles, 2026-11-19T08:00:00Z, 2026-11-20T08:00:00Z
            LATE,  PG,           2026-11-18T23:50:00Z, 2026-11-18T23:55:00Z, UTC,                 2026-11-18T00:00:00Z, 2026-11-20T00:00:00Z
            EARLY, AGENT_PG_CTI, 2026-11-20T00:05:00Z, 2026-11-20T01:00:00Z, UTC,                 2026-11-19T00:00:00Z, 2026-11-21T00:00:00Z
            OPEN,  ROUTER_LINK,  2026-11-21T10:00:00Z, -,                    UTC,                 2026-11-21T00:00:00Z, 2026-11-24T00:00:00Z
            """)
    void theDaysAnOutageTouches(String outageId, String component, Instant start, Instant end, ZoneId zone,
                                Instant from, Instant to) throws Exception {
        assertDays(TestDatabase.H2, outageId, component, start, end, zone, from, to);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPostFailoverSpanCarriesTheRerunIntoTheNextDay(TestDatabase kind) throws Exception {
        assertDays(kind, "LATE", "PG", Instant.parse("2026-11-18T23:50:00Z"), Instant.parse("2026-11-18T23:55:00Z"),
                ZoneId.of("UTC"), Instant.parse("2026-11-18T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"));
    }

    private static void assertDays(TestDatabase kind, String outageId, String component, Instant start, Instant end,
                                   ZoneId zone, Instant from, Instant to) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            if (start != null) {
                run.dsl().insertInto(OUTAGE, OUTAGE.OUTAGE_ID, OUTAGE.COMPONENT, OUTAGE.PERIPHERAL_ID, OUTAGE.STARTED_AT,
                                OUTAGE.ENDED_AT)
                        .values(outageId, component, 5000, Instants.utc(start.toEpochMilli()),
                                end == null ? null : Instants.utc(end.toEpochMilli()))
                        .execute();
            }
            assertThat(run.bean(OutageRerun.class).window(outageId, zone, NOW)).isEqualTo(Window.of(from, to));
        }
    }

    /** An outage corrected after its first reconcile: the rerun covers the days of its old rows, which go. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCorrectedOutageIsRerunOverTheDaysOfItsOldRows(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            run.reconcile(ReconTestRun.window("2026-11-18T00:00:00Z", "2026-11-21T00:00:00Z"));
            run.dsl().update(OUTAGE).set(OUTAGE.STARTED_AT, Instants.utc(Instant.parse("2026-11-20T10:00:00Z")
                    .toEpochMilli())).set(OUTAGE.ENDED_AT, Instants.utc(Instant.parse("2026-11-20T10:05:00Z")
                    .toEpochMilli())).where(OUTAGE.OUTAGE_ID.eq("PG-1")).execute();

            Window rerun = run.bean(OutageRerun.class).window("PG-1", ZoneId.of("UTC"), NOW);
            assertThat(rerun).isEqualTo(ReconTestRun.window("2026-11-19T00:00:00Z", "2026-11-21T00:00:00Z"));
            run.reconcile(rerun);
            // No agent of the fixture is logged on at the corrected time: nothing of PG-1 is left.
            assertThat(run.lines("SELECT COUNT(*) FROM recon.reporting_gap WHERE outage_id = 'PG-1'"))
                    .containsExactly("0");
            assertThat(run.lines("SELECT COUNT(*) FROM recon.agent_state_span WHERE outage_id = 'PG-1'"))
                    .containsExactly("0");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownOutageIsBadInput(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            assertThatThrownBy(() -> run.bean(OutageRerun.class).window("NOPE", ZoneId.of("UTC"), NOW))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("NOPE");
        }
    }
}
