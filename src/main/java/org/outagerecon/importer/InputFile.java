package org.outagerecon.importer;

import java.util.List;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * One input file of data-contract.md §1 as data: its name, the table its rows are upserted into by {@code key},
 * its columns, and the checks a row must pass that involve more than one column.
 */
record InputFile(String name, Table<?> table, TableField<?, ?> key, List<Column<?>> columns, RowCheck check) {

    @FunctionalInterface
    interface RowCheck {
        RowCheck NONE = row -> { };

        void check(Row row) throws Reject;
    }

    InputFile {
        columns = List.copyOf(columns);
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
