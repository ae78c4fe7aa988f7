package org.outagerecon.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Appends rows to a table as fast as the database takes them, on the caller's connection and transaction:
 * {@code COPY … FROM STDIN} on PostgreSQL (about 5x a JDBC batch here), JDBC batches of one jOOQ-rendered INSERT
 * elsewhere. Rows are buffered and sent a buffer at a time, each buffer one statement, so that several writers
 * (and reads) can share one connection. jOOQ builds the statements; rows never become jOOQ records.
 */
public abstract class BulkInsert implements AutoCloseable {

    private long written;
    private int pending;
    private long sendingNanos;

    /**
     * @param fields the columns, in the order {@link #add} takes the values
     */
    public static BulkInsert into(DSLContext dsl, Connection connection, Table<?> table, List<Field<?>> fields)
            throws SQLException {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return new Copy(connection, dsl.render(table), fields);
        }
        return new Batch(dsl, connection, table, fields);
    }

    /**
     * One row, values in the order of the fields: Integer, Short, Long, BigDecimal, String, Boolean,
     * OffsetDateTime, an enum (written by name) or null.
     */
    public final void add(Object... values) throws SQLException {
        buffer(values);
        if (++pending == rowsPerStatement()) {
            flush();
        }
    }

    /** Sends the buffered rows; afterwards the connection is free for other statements. */
    public final void flush() throws SQLException {
        if (pending > 0) {
            long started = System.nanoTime();
            send();
            sendingNanos += System.nanoTime() - started;
            written += pending;
            pending = 0;
        }
    }

    /** The time spent sending rows to the database (for the step's log line). */
    public long sendingNanos() {
        return sendingNanos;
    }

    /** Rows added so far, sent or not. */
    public long written() {
        return written + pending;
    }

    @Override
    public void close() throws SQLException {
        flush();
    }

    protected abstract void buffer(Object[] values) throws SQLException;

    protected abstract void send() throws SQLException;

    protected abstract int rowsPerStatement();

    /** PostgreSQL's COPY in text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static final class Copy extends BulkInsert {
        private static final int ROWS_PER_COPY = 50_000;
        private static final DateTimeFormatter UTC_MILLIS =
                DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

        private final CopyManager copy;
        private final String sql;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        private final Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);

        Copy(Connection connection, String table, List<Field<?>> fields) throws SQLException {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
            this.sql = "COPY " + table + " (" + fields.stream().map(Field::getName).collect(Collectors.joining(", "))
                    + ") FROM STDIN";
        }

        @Override
        protected void buffer(Object[] values) throws SQLException {
            try {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        text.write('\t');
                    }
                    write(values[i]);
                }
                text.write('\n');
            } catch (IOException e) {
                throw new SQLException("cannot buffer a row for " + sql, e);
            }
        }

        private void write(Object value) throws IOException {
            if (value == null) {
                text.write("\\N");
            } else if (value instanceof OffsetDateTime time) {
                text.write(UTC_MILLIS.format(time));
            } else if (value instanceof BigDecimal number) {
                text.write(number.toPlainString());
            } else if (value instanceof Boolean bool) {
                text.write(bool ? 't' : 'f');
            } else if (value instanceof Enum<?> constant) {
                text.write(constant.name());
            } else if (value instanceof String string) {
                writeEscaped(string);
            } else {
                text.write(value.toString());
            }
        }

        private void writeEscaped(String string) throws IOException {
            for (int i = 0; i < string.length(); i++) {
                char c = string.charAt(i);
                switch (c) {
                    case '\\' -> text.write("\\\\");
                    case '\t' -> text.write("\\t");
                    case '\n' -> text.write("\\n");
                    case '\r' -> text.write("\\r");
                    default -> text.write(c);
                }
            }
        }

        @Override
        protected void send() throws SQLException {
            try {
                text.flush();
                copy.copyIn(sql, new java.io.ByteArrayInputStream(bytes.toByteArray()));
                bytes.reset();
            } catch (IOException e) {
                throw new SQLException("cannot send rows with " + sql, e);
            }
        }

        @Override
        protected int rowsPerStatement() {
            return ROWS_PER_COPY;
        }
    }

    /** A JDBC batch of one INSERT with bind placeholders. */
    private static final class Batch extends BulkInsert {
        private static final int ROWS_PER_BATCH = 5_000;

        private final PreparedStatement statement;
        /** java.sql.Types per field, to bind nulls; looked up once, as jOOQ computes them anew on each call. */
        private final int[] sqlTypes;

        Batch(DSLContext dsl, Connection connection, Table<?> table, List<Field<?>> fields) throws SQLException {
            Field<?>[] placeholders = fields.stream().map(field -> DSL.param(field.getName(), field.getDataType()))
                    .toArray(Field<?>[]::new);
            this.statement = connection.prepareStatement(dsl.render(dsl.insertInto(table).columns(fields)
                    .values(Arrays.asList(placeholders))));
            this.sqlTypes = fields.stream().mapToInt(field -> field.getDataType().getSQLType()).toArray();
        }

        @Override
        protected void buffer(Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i] instanceof Enum<?> constant ? constant.name() : values[i];
                if (value == null) {
                    statement.setNull(i + 1, sqlTypes[i]);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.addBatch();
        }

        @Override
        protected void send() throws SQLException {
            statement.executeBatch();
        }

        @Override
        protected int rowsPerStatement() {
            return ROWS_PER_BATCH;
        }

        @Override
        public void close() throws SQLException {
            try {
                super.close();
            } finally {
                statement.close();
            }
        }
    }
}
