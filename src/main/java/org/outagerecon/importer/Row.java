package org.outagerecon.importer;

import org.jooq.TableField;

/** The values read from one record, in the order of its file's columns. */
record Row(InputFile file, Object[] values) {

    <T> T get(TableField<?, T> field) {
        return field.getType().cast(values[file.indexOf(field)]);
    }
}
