package org.outagerecon.system;

import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * PostgreSQL compiles a statement to machine code (JIT) when the planner's cost estimate passes
 * {@code jit_above_cost}. Statements made of index probes (a recursive skip scan, a subquery per row) pass it by
 * their estimates, not by their work: on the 12,000-agent benchmark day compiling took 100–200 ms of statements
 * that then ran in 300 ms. Such statements run with JIT off, for their transaction only.
 */
public final class IndexProbes {

    private IndexProbes() {
    }

    /**
     * Runs {@code probes} with JIT off, then gives the rest of the transaction the setting it had. Call it in a
     * transaction: outside one, PostgreSQL ignores a transaction's setting.
     */
    public static <T> T withoutJit(DSLContext dsl, Callable<T> probes) throws Exception {
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            return probes.call();
        }
        String before = dsl.fetchSingle("SELECT current_setting('jit')").get(0, String.class);
        set(dsl, "off");
        T result;
        try {
            result = probes.call();
        } catch (Exception e) {
            try {
                set(dsl, before);
            } catch (RuntimeException failedToo) {
                e.addSuppressed(failedToo);
            }
            throw e;
        }
        set(dsl, before);
        return result;
    }

    /** {@code SET LOCAL jit}, with a bound value. */
    private static void set(DSLContext dsl, String jit) {
        dsl.fetch("SELECT set_config('jit', ?, true)", jit);
    }
}
