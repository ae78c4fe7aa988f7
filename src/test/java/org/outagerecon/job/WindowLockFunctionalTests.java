package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.db.recon.Tables;
import org.outagerecon.domain.Window;
import org.outagerecon.support.TestDatabase;

/** One run per window: an overlapping run is refused at once and changes nothing; H2 and PostgreSQL. */
class WindowLockFunctionalTests {

    static final Window DAY = Window.of(Instant.parse("2026-11-19T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"));
    static final Window LATE_EVENING = Window.of(Instant.parse("2026-11-19T20:00:00Z"),
            Instant.parse("2026-11-20T02:00:00Z"));
    static final Window NEXT_DAY = Window.of(Instant.parse("2026-11-20T00:00:00Z"),
            Instant.parse("2026-11-21T00:00:00Z"));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOverlappingRunIsRefusedAndChangesNothing(TestDatabase kind) throws Exception {
        try (var db = kind.create(); var context = db.start(Map.of())) {
            WindowLock lock = context.getBean(WindowLock.class);
            ReconcileLauncher launcher = context.getBean(ReconcileLauncher.class);
            DSLContext dsl = context.getBean(DSLContext.class);

            try (WindowLock.Held running = lock.acquire(DAY, Partition.ALL)) {
                assertThatThrownBy(() -> lock.acquire(LATE_EVENING, Partition.ALL)).isInstanceOf(WindowBusyException.class);
                assertThatThrownBy(() -> launcher.run(new ReconcileParameters(LATE_EVENING, 30, Trigger.WINDOW)))
                        .isInstanceOf(WindowBusyException.class);
                assertThat(dsl.fetchCount(Tables.RUN)).as("a refused run leaves no trace").isZero();
                try (WindowLock.Held adjacent = lock.acquire(NEXT_DAY, Partition.ALL)) {
                    assertThat(adjacent).as("a window that only touches the running one").isNotNull();
                }
            }
            try (WindowLock.Held again = lock.acquire(LATE_EVENING, Partition.ALL)) {
                assertThat(again).as("released when the first run ends").isNotNull();
            }
        }
    }
}
