package org.outagerecon.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Writes rows with JDBC batches of one jOOQ-rendered INSERT on the transaction's connection: jOOQ builds the
 * statement, JDBC carries the millions of rows (a jOOQ record per row is several times slower).
 */
public final class BatchInserter implements AutoCloseable {

    private static final int BATCH_SIZE = 5_000;

    private final PreparedStatement statement;
    private final int[] sqlTypes;
    private int pending;
    private long written;

    public BatchInserter(DSLContext dsl, Connection connection, Table<?> table, Field<?>... fields)
            throws SQLException {
        Field<?>[] placeholders = Arrays.stream(fields).map(field -> DSL.param(field.getName(), field.getDataType()))
                .toArray(Field<?>[]::new);
        this.statement = connection.prepareStatement(dsl.render(dsl.insertInto(table, fields).values(placeholders)));
        this.sqlTypes = Arrays.stream(fields).mapToInt(field -> field.getDataType().getSQLType()).toArray();
    }

    /** One row, values in the order of the fields; enums are written by name. */
    public void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i] instanceof Enum<?> constant ? constant.name() : values[i];
            if (value == null) {
                statement.setNull(i + 1, sqlTypes[i]);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        statement.addBatch();
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    public long written() {
        return written + pending;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            written += pending;
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
