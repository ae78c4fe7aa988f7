package org.outagerecon.system;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
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

    /**
     * PostgreSQL's COPY in text format: tab-separated, {@code \N} for null, backslash escapes. Rows are encoded
     * straight into a byte buffer (numbers and UTC timestamps digit by digit): at millions of rows, the encoding
     * is the JVM's main cost.
     */
    private static final class Copy extends BulkInsert {
        private static final int ROWS_PER_COPY = 50_000;

        private final CopyManager copy;
        private final String sql;
        private byte[] buffer = new byte[1 << 20];
        private int length;

        Copy(Connection connection, String table, List<Field<?>> fields) throws SQLException {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
            this.sql = "COPY " + table + " (" + fields.stream().map(Field::getName).collect(Collectors.joining(", "))
                    + ") FROM STDIN";
        }

        @Override
        protected void buffer(Object[] values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    put('\t');
                }
                write(values[i]);
            }
            put('\n');
        }

        private void write(Object value) {
            if (value == null) {
                put('\\');
                put('N');
            } else if (value instanceof Integer number) {
                putLong(number);
            } else if (value instanceof Long number) {
                putLong(number);
            } else if (value instanceof Short number) {
                putLong(number);
            } else if (value instanceof OffsetDateTime time) {
                putUtc(time);
            } else if (value instanceof Boolean bool) {
                put(bool ? 't' : 'f');
            } else if (value instanceof Enum<?> constant) {
                putText(constant.name());
            } else if (value instanceof BigDecimal number) {
                putText(number.toPlainString());
            } else {
                putText(value.toString());
            }
        }

        /** {@code 2026-11-19 14:02:13.579+00}. */
        private void putUtc(OffsetDateTime time) {
            OffsetDateTime utc = time.getOffset() == ZoneOffset.UTC ? time : time.withOffsetSameInstant(ZoneOffset.UTC);
            putDigits(utc.getYear(), 4);
            put('-');
            putDigits(utc.getMonthValue(), 2);
            put('-');
            putDigits(utc.getDayOfMonth(), 2);
            put(' ');
            putDigits(utc.getHour(), 2);
            put(':');
            putDigits(utc.getMinute(), 2);
            put(':');
            putDigits(utc.getSecond(), 2);
            put('.');
            putDigits(utc.getNano() / 1_000_000, 3);
            put('+');
            put('0');
            put('0');
        }

        /** {@code value} (at least 0) in {@code digits} digits, zero-padded. */
        private void putDigits(long value, int digits) {
            ensure(digits);
            for (int i = digits - 1; i >= 0; i--) {
                buffer[length + i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            length += digits;
        }

        private void putLong(long value) {
            if (value == Long.MIN_VALUE) {
                putText(Long.toString(value));
                return;
            }
            if (value < 0) {
                put('-');
                value = -value;
            }
            int digits = 1;
            for (long rest = value / 10; rest > 0; rest /= 10) {
                digits++;
            }
            putDigits(value, digits);
        }

        /** Text, escaped for COPY; UTF-8 for anything beyond ASCII. */
        private void putText(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> putEscape('\\');
                    case '\t' -> putEscape('t');
                    case '\n' -> putEscape('n');
                    case '\r' -> putEscape('r');
                    default -> {
                        if (c < 0x80) {
                            put(c);
                        } else {
                            putUtf8(text.substring(i));
                            return;
                        }
                    }
                }
            }
        }

        private void putUtf8(String rest) {
            byte[] bytes = rest.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                    .replace("\r", "\\r").getBytes(StandardCharsets.UTF_8);
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        private void putEscape(char c) {
            put('\\');
            put(c);
        }

        private void put(char c) {
            ensure(1);
            buffer[length++] = (byte) c;
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }

        @Override
        protected void send() throws SQLException {
            CopyIn in = copy.copyIn(sql);
            try {
                in.writeToCopy(buffer, 0, length);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            length = 0;
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
