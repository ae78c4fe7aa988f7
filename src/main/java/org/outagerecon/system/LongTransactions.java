package org.outagerecon.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.SQLDialect;

/**
 * A run keeps two transactions open for its whole length: the window lock's, which sits idle on purpose, and the
 * step's, which is idle while it waits for source rows. A server-wide {@code idle_in_transaction_session_timeout}
 * would end them mid-run (the lock silently), so on PostgreSQL they opt out of it, for their transaction only.
 */
public final class LongTransactions {

    private LongTransactions() {
    }

    /** Call at the start of the transaction of {@code connection} (autocommit off). */
    public static void exemptFromIdleTimeout(Connection connection, SQLDialect dialect) throws SQLException {
        if (dialect.family() == SQLDialect.POSTGRES) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL idle_in_transaction_session_timeout = 0");
            }
        }
    }
}
