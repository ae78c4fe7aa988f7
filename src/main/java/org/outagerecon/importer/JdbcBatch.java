package org.outagerecon.importer;

import static org.outagerecon.db.recon.Tables.IMPORT_REJECT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Insert;
import org.jooq.impl.DSL;

/**
 * An INSERT rendered once by jOOQ with bind placeholders and sent in JDBC batches of {@value #SIZE} rows, on
 * the connection of the caller's transaction: the upserts of databases other than PostgreSQL (which uses
 * {@link CopyUpserts}) and the rejects of all. Rows with the same key collapse to the last one within a batch, so
 * a batch never meets a key twice.
 */
final class JdbcBatch implements Upserts {

    static final int SIZE = 5_000;

    private final PreparedStatement statement;
    /** java.sql.Types per field, to bind nulls; looked up once, as jOOQ computes them anew on each call. */
    private final int[] sqlTypes;
    private final int keyIndex;
    private final Map<Object, Object[]> rows = new LinkedHashMap<>();

    private JdbcBatch(Connection connection, DSLContext dsl, Insert<?> insert, List<Field<?>> fields, int keyIndex)
            throws SQLException {
        if (insert.getBindValues().size() != fields.size()) {
            throw new IllegalStateException("jOOQ renders " + insert.getBindValues().size() + " bind values for "
                    + fields.size() + " fields: " + dsl.render(insert));
        }
        this.statement = connection.prepareStatement(dsl.render(insert));
        this.sqlTypes = fields.stream().mapToInt(field -> field.getDataType().getSQLType()).toArray();
        this.keyIndex = keyIndex;
    }

    /** Upserts the rows of an input file by its key: a later row replaces an earlier one (data-contract.md §1). */
    static JdbcBatch upsert(DSLContext dsl, Connection connection, InputFile file) throws SQLException {
        List<Field<?>> fields = file.columns().stream().<Field<?>>map(Column::field).toList();
        Map<Field<?>, Field<?>> replaceAll = new LinkedHashMap<>();
        fields.stream().filter(field -> !field.equals(file.key()))
                .forEach(field -> replaceAll.put(field, DSL.excluded(field)));
        Insert<?> upsert = dsl.insertInto(file.table()).columns(fields).values(placeholders(fields))
                .onConflict(file.key()).doUpdate().set(replaceAll);
        return new JdbcBatch(connection, dsl, upsert, fields, file.keyIndex());
    }

    /** Inserts rows of recon.import_reject; a line is rejected at most once, so it serves as the key. */
    static JdbcBatch rejects(DSLContext dsl, Connection connection) throws SQLException {
        List<Field<?>> fields = List.of(IMPORT_REJECT.FILE, IMPORT_REJECT.LINE, IMPORT_REJECT.RAW, IMPORT_REJECT.REASON,
                IMPORT_REJECT.IMPORTED_AT);
        Insert<?> insert = dsl.insertInto(IMPORT_REJECT).columns(fields).values(placeholders(fields));
        return new JdbcBatch(connection, dsl, insert, fields, fields.indexOf(IMPORT_REJECT.LINE));
    }

    private static List<Field<?>> placeholders(List<Field<?>> fields) {
        return fields.stream().<Field<?>>map(field -> DSL.val(null, field)).toList();
    }

    /** Values in the order of the fields. */
    void add(Object[] values) throws SQLException {
        rows.put(values[keyIndex], values);
        if (rows.size() >= SIZE) {
            flush();
        }
    }

    @Override
    public void add(long line, Object[] values) throws SQLException {
        add(values);
    }

    @Override
    public void finish() throws SQLException {
        flush();
    }

    void flush() throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        for (Object[] values : rows.values()) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, sqlTypes[i]);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.addBatch();
        }
        statement.executeBatch();
        rows.clear();
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
