package org.outagerecon.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;

/** PostgreSQL's JIT is off for the probes only: the rest of their transaction and other ones keep the setting. */
class IndexProbesFunctionalTests {

    @Test
    void jitIsOffForTheProbesOnly() throws Exception {
        try (ReconTestRun run = ReconTestRun.start(TestDatabase.POSTGRES)) {
            DSLContext dsl = run.dsl();
            String serverSetting = jit(dsl);
            List<String> seen = new ArrayList<>();

            dsl.transaction(transaction -> {
                DSLContext inTransaction = transaction.dsl();
                seen.add(IndexProbes.withoutJit(inTransaction, () -> jit(inTransaction)));
                seen.add(jit(inTransaction));
            });

            assertThat(seen).containsExactly("off", serverSetting);
            assertThat(jit(dsl)).isEqualTo(serverSetting);
        }
    }

    private static String jit(DSLContext dsl) {
        return dsl.fetchValue("SHOW jit").toString();
    }
}
