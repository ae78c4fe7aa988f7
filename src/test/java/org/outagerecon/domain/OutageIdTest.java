package org.outagerecon.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules.md §8.3: the outage id's form, in UTC to the millisecond. */
class OutageIdTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # id,                                   prefix,    component,    scope, started_at
            SUSPECTED-PG-5000-20261119T101213.196Z,  SUSPECTED, PG,           5000,  2026-11-19T10:12:13.196Z
            MANUAL-MR_PG-3-20261231T235959.999Z,     MANUAL,    MR_PG,        3,     2026-12-31T23:59:59.999Z
            MANUAL-AGENT_PG_CTI-5001-20260101T000000.000Z, MANUAL, AGENT_PG_CTI, 5001, 2026-01-01T00:00:00Z
            """)
    void theIdNamesOriginComponentScopeAndStartInUtc(String id, String prefix, Component component, int scope,
                                                     Instant startedAt) {
        assertThat(OutageId.of(prefix, component, scope, startedAt.toEpochMilli())).isEqualTo(id);
    }
}
