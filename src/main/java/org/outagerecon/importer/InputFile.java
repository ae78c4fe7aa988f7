package org.outagerecon.importer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * One input file of data-contract.md §1 as data: its name, the HDS table it comes from (null for outage.csv), the
 * table its rows are upserted into by {@code key}, its columns, and the checks a row must pass that involve more
 * than one column.
 */
record InputFile(String name, String hdsTable, Table<?> table, TableField<?, ?> key, List<Column<?>> columns,
                 RowCheck check) {

    private static final String CSV = ".csv";
    private static final String HDS_TABLE_PREFIX = "t_";

    @FunctionalInterface
    interface RowCheck {
        RowCheck NONE = row -> { };

        void check(Row row) throws Reject;
    }

    InputFile {
        columns = List.copyOf(columns);
    }

    /**
     * Whether a file of this name holds this file's rows: its own name, or for an HDS table that table's name in
     * any case, with or without {@code t_}, {@code .csv} in any case ({@code t_Termination_Call_Detail.CSV}).
     */
    boolean isNamed(String fileName) {
        if (hdsTable == null) {
            return fileName.equals(name);
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(CSV)) {
            return false;
        }
        String table = lower.substring(0, lower.length() - CSV.length());
        if (table.startsWith(HDS_TABLE_PREFIX)) {
            table = table.substring(HDS_TABLE_PREFIX.length());
        }
        return table.equals(hdsTable.toLowerCase(Locale.ROOT));
    }

    /** The header cells (as {@link RowParser#cellKey}) any column of this file may be read from. */
    Set<String> cellKeys() {
        return columns.stream().flatMap(column -> column.sources().stream())
                .flatMap(source -> source.cells().stream()).map(RowParser::cellKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    int keyIndex() {
        return indexOf(key);
    }

    int indexOf(TableField<?, ?> field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException(field.getName() + " is not a column of " + name);
    }
}
