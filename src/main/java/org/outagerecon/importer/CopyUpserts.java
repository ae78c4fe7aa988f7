package org.outagerecon.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.outagerecon.system.BulkInsert;

/**
 * PostgreSQL's fast path for an input file: its rows are COPYed into a temporary table, then go into the file's
 * table in one statement, in key order (which keeps the primary key's index cheap to maintain; a file already in
 * key order is not sorted again: a scan of the new staging table returns its rows as they were written). Most
 * files bring only new keys, so a plain INSERT is tried first (30% faster than the upsert here); a key met twice,
 * in the file or in the table, rolls it back to a savepoint and the rows are merged instead, the last row of each
 * key winning (data-contract.md §1). In key order, keys the table already holds (a re-import, an overlapping
 * extract) come first, so the plain INSERT fails at once.
 */
final class CopyUpserts implements Upserts {

    private static final Name STAGING = DSL.name("import_staging");
    private static final Field<Long> LINE = DSL.field(DSL.name("import_line"), Long.class);

    private static final String UNIQUE_VIOLATION = "23505";

    private final Connection connection;
    private final DSLContext dsl;
    private final InputFile file;
    private final List<Field<?>> stagingColumns = new ArrayList<>();
    private final BulkInsert staging;
    private long mergeNanos;
    private Object lastKey;
    private boolean inKeyOrder = true;

    CopyUpserts(DSLContext dsl, Connection connection, InputFile file) throws SQLException {
        this.connection = connection;
        this.dsl = DSL.using(connection, dsl.dialect(), dsl.settings());
        this.file = file;
        for (Column<?> column : file.columns()) {
            stagingColumns.add(DSL.field(DSL.name(column.name()), column.field().getDataType()));
        }
        List<Field<?>> withLine = new ArrayList<>(stagingColumns);
        withLine.add(LINE);
        this.dsl.dropTableIfExists(STAGING).execute();
        this.dsl.createTemporaryTable(STAGING).columns(withLine).execute();
        this.staging = BulkInsert.into(this.dsl, connection, DSL.table(STAGING), withLine);
    }

    @Override
    public void add(long line, Object[] values) throws SQLException {
        noteKeyOrder(values[file.keyIndex()]);
        Object[] row = new Object[values.length + 1];
        System.arraycopy(values, 0, row, 0, values.length);
        row[values.length] = line;
        staging.add(row);
    }

    /** Whether the file came in key order (HDS extracts usually do): then the INSERT needs no sort. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void noteKeyOrder(Object key) {
        if (inKeyOrder && lastKey != null && ((Comparable) lastKey).compareTo(key) > 0) {
            inKeyOrder = false;
        }
        lastKey = key;
    }

    @Override
    public void finish() throws SQLException {
        staging.flush();
        long mergeStarted = System.nanoTime();
        Table<?> target = file.table();
        List<Field<?>> targetColumns = file.columns().stream().<Field<?>>map(Column::field).toList();
        Field<?> stagingKey = stagingColumns.get(file.keyIndex());
        var staged = DSL.select(stagingColumns).from(DSL.table(STAGING));
        Savepoint beforeInsert = connection.setSavepoint();
        try {
            dsl.insertInto(target).columns(targetColumns)
                    .select(inKeyOrder ? staged : staged.orderBy(stagingKey))
                    .execute();
            connection.releaseSavepoint(beforeInsert);
        } catch (DataAccessException e) {
            if (!UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw e;
            }
            connection.rollback(beforeInsert);
            merge(target, targetColumns, stagingKey);
        }
        dsl.dropTable(STAGING).execute();
        mergeNanos = System.nanoTime() - mergeStarted;
    }

    /** Upserts the staged rows, the last one of each key (by line) winning. */
    private void merge(Table<?> target, List<Field<?>> targetColumns, Field<?> stagingKey) {
        Map<Field<?>, Field<?>> replaceAll = new LinkedHashMap<>();
        for (Field<?> column : targetColumns) {
            if (!column.equals(file.key())) {
                replaceAll.put(column, DSL.excluded(column));
            }
        }
        dsl.insertInto(target).columns(targetColumns)
                .select(DSL.select(stagingColumns).distinctOn(stagingKey).from(DSL.table(STAGING))
                        .orderBy(stagingKey, LINE.desc()))
                .onConflict(file.key()).doUpdate().set(replaceAll)
                .execute();
    }

    /** The insert is where PostgreSQL maintains the table's indexes: most of a large import's time. */
    @Override
    public double mergeSeconds() {
        return mergeNanos / 1e9;
    }

    @Override
    public void close() throws SQLException {
        staging.close();
    }
}
