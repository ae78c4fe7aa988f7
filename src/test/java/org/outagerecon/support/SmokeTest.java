package org.outagerecon.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.db.recon.Tables;

class SmokeTest {
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratesAndQueries(TestDatabase kind) throws Exception {
        try (var db = kind.create(); var context = db.start(Map.of())) {
            DSLContext dsl = context.getBean(DSLContext.class);
            assertThat(dsl.fetchCount(Tables.OUTAGE)).isZero();
        }
    }
}
