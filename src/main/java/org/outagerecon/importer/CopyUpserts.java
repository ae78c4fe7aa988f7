package org.outagerecon.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.outagerecon.system.BulkInsert;

/**
 * PostgreSQL's fast path for an input file: its rows are COPYed into a temporary table, then merged into the
 * file's table in one statement, the last row of each key winning (data-contract.md §1). The merge inserts in key
 * order, which keeps the primary key's index cheap to maintain.
 */
final class CopyUpserts implements Upserts {

    private static final Name STAGING = DSL.name("import_staging");
    private static final Field<Long> LINE = DSL.field(DSL.name("import_line"), Long.class);

    private final DSLContext dsl;
    private final InputFile file;
    private final List<Field<?>> stagingColumns = new ArrayList<>();
    private final BulkInsert staging;

    CopyUpserts(DSLContext dsl, Connection connection, InputFile file) throws SQLException {
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
        Object[] row = new Object[values.length + 1];
        System.arraycopy(values, 0, row, 0, values.length);
        row[values.length] = line;
        staging.add(row);
    }

    @Override
    public void finish() throws SQLException {
        staging.flush();
        Table<?> target = file.table();
        Field<?> stagingKey = stagingColumns.get(file.keyIndex());
        Map<Field<?>, Field<?>> replaceAll = new LinkedHashMap<>();
        for (Column<?> column : file.columns()) {
            if (!column.field().equals(file.key())) {
                replaceAll.put(column.field(), DSL.excluded(column.field()));
            }
        }
        dsl.insertInto(target).columns(file.columns().stream().<Field<?>>map(Column::field).toList())
                .select(DSL.select(stagingColumns).distinctOn(stagingKey).from(DSL.table(STAGING))
                        .orderBy(stagingKey, LINE.desc()))
                .onConflict(file.key()).doUpdate().set(replaceAll)
                .execute();
        dsl.dropTable(STAGING).execute();
    }

    @Override
    public void close() throws SQLException {
        staging.close();
    }
}
