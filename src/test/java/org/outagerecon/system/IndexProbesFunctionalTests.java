package org.outagerecon.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;

/**
 * PostgreSQL's JIT is off for the probes only: the rest of their transaction keeps the setting it had, also after
 * the probes fail, and other transactions are not touched.
 */
class IndexProbesFunctionalTests {

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void jitIsOffForTheProbesOnly(String transactionSetting) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(TestDatabase.POSTGRES)) {
            DSLContext dsl = run.dsl();
            String serverSetting = jit(dsl);
            List<String> seen = new ArrayList<>();

            dsl.transaction(transaction -> {
                DSLContext inTransaction = transaction.dsl();
                inTransaction.execute("SET LOCAL jit = " + transactionSetting);
                seen.add(IndexProbes.withoutJit(inTransaction, () -> jit(inTransaction)));
                seen.add(jit(inTransaction));
                assertThatThrownBy(() -> IndexProbes.withoutJit(inTransaction, () -> {
                    throw new IllegalStateException("probes failed");
                })).hasMessage("probes failed");
                seen.add(jit(inTransaction));
            });

            assertThat(seen).containsExactly("off", transactionSetting, transactionSetting);
            assertThat(jit(dsl)).isEqualTo(serverSetting);
        }
    }

    private static String jit(DSLContext dsl) {
        return dsl.fetchValue("SHOW jit").toString();
    }
}
