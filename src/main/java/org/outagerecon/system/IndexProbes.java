package org.outagerecon.system;

import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * PostgreSQL compiles a statement to machine code (JIT) when the planner's cost estimate passes
 * {@code jit_above_cost}. Statements made of index probes (a recursive skip scan, a subquery per row) pass it by
 * their estimates, not by their work: on the 12,000-agent benchmark day compiling took 100–200 ms of statements
 * that then ran in 200 ms. Such statements run with JIT off, for their transaction only.
 */
public final class IndexProbes {

    private IndexProbes() {
    }

    /**
     * Runs {@code probes} with JIT off, then gives the rest of the transaction the server's setting back. Call it in
     * a transaction; when {@code probes} fails, its rollback undoes the setting too.
     */
    public static <T> T withoutJit(DSLContext dsl, Callable<T> probes) throws Exception {
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            return probes.call();
        }
        dsl.execute("SET LOCAL jit = off");
        T result = probes.call();
        dsl.execute("SET LOCAL jit TO DEFAULT");
        return result;
    }
}
