package org.outagerecon.importer;

import java.sql.SQLException;

/** Where the good rows of a file go: upserted by the file's key, a later row replacing an earlier one. */
interface Upserts extends AutoCloseable {

    /** @param line the physical line the row starts on, which orders rows with the same key */
    void add(long line, Object[] values) throws SQLException;

    /** After the last row: every row is in its table. */
    void finish() throws SQLException;

    /** The seconds {@link #finish} spent merging staged rows into the table (0 where rows go in directly). */
    default double mergeSeconds() {
        return 0;
    }

    @Override
    void close() throws SQLException;
}
