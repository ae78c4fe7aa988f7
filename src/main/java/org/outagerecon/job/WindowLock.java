package org.outagerecon.job;

import static org.outagerecon.db.recon.Tables.WINDOW_LOCK;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.Window;
import org.outagerecon.system.LongTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * One run per window (issue "operations"): a run locks the rows of its window's 15-minute slots and of its
 * partition's lock buckets in a transaction of its own, held until it ends. The database releases the locks
 * when the holder's connection goes, so a run killed with -9 never blocks the next one.
 */
@Component
public class WindowLock {

    private static final Logger log = LoggerFactory.getLogger(WindowLock.class);

    private static final long SLOT = 15 * 60_000L;

    private final DataSource dataSource;
    private final DSLContext dsl;

    public WindowLock(DataSource dataSource, DSLContext dsl) {
        this.dataSource = dataSource;
        this.dsl = dsl;
    }

    /** SQLSTATEs of "row locked by another transaction": PostgreSQL's NOWAIT, H2's lock timeout. */
    private static final Set<String> LOCKED = Set.of("55P03", "HYT00");

    /** Whether the failure is a row that another transaction holds (a NOWAIT lock or a lock timeout). */
    public static boolean heldByAnother(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && LOCKED.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Locks the window's rows, or throws {@link WindowBusyException} at once if another run holds one. */
    public Held acquire(Window window, Partition partition) throws SQLException {
        createMissingRows(window);
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            LongTransactions.exemptFromIdleTimeout(connection, dsl.dialect());
            DSL.using(connection, dsl.dialect(), dsl.settings())
                    .select(WINDOW_LOCK.SLOT_START).from(WINDOW_LOCK)
                    .where(inWindow(window), WINDOW_LOCK.BUCKET.in(buckets(partition)))
                    .forUpdate().noWait()
                    .fetch();
            return new Held(connection);
        } catch (DataAccessException e) {
            close(connection);
            if (heldByAnother(e)) {
                throw new WindowBusyException(window, e);
            }
            throw e;
        } catch (RuntimeException | SQLException e) {
            close(connection);
            throw e;
        }
    }

    /**
     * Creates the rows of slots no run has covered yet. Existing rows are only read (a plain read does not wait
     * for a lock holder; an upsert would, on H2); a row another process creates meanwhile is simply there.
     */
    private void createMissingRows(Window window) {
        Set<Long> existing = new HashSet<>();
        dsl.selectDistinct(WINDOW_LOCK.SLOT_START).from(WINDOW_LOCK).where(inWindow(window))
                .forEach(slot -> existing.add(Instants.millis(slot.value1())));
        for (long slot = Math.floorDiv(window.from(), SLOT) * SLOT; slot < window.to(); slot += SLOT) {
            if (!existing.contains(slot)) {
                var insert = dsl.insertInto(WINDOW_LOCK, WINDOW_LOCK.SLOT_START, WINDOW_LOCK.BUCKET);
                for (short bucket = 0; bucket < Partition.LOCK_BUCKETS; bucket++) {
                    insert = insert.values(Instants.utc(slot), bucket);
                }
                try {
                    insert.execute();
                } catch (DuplicateKeyException e) {
                    // created by a run that started at the same moment
                }
            }
        }
    }

    private static List<Short> buckets(Partition partition) {
        return Arrays.stream(partition.lockBuckets()).mapToObj(bucket -> (short) bucket).toList();
    }

    private static Condition inWindow(Window window) {
        return WINDOW_LOCK.SLOT_START.ge(Instants.utc(window.from())).and(WINDOW_LOCK.SLOT_START.lt(Instants.utc(window.to())));
    }

    private static void close(Connection connection) throws SQLException {
        try (connection) {
            connection.rollback();
        }
    }

    /** The held slots; closing releases them. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        /** A connection that broke meanwhile holds no locks any more: nothing to release, and the run stands. */
        @Override
        public void close() {
            try {
                WindowLock.close(connection);
            } catch (SQLException e) {
                log.warn("releasing the window lock: {} (the database released it with the connection)",
                        e.getMessage());
            }
        }
    }
}
