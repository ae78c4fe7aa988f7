package org.outagerecon.importer;

import org.jooq.TableField;

/**
 * One column of an input file (data-contract.md §1): the table field it fills, named alike, whether a value
 * is required, the value when it is empty or absent, and how its text is read.
 */
record Column<T>(TableField<?, T> field, boolean required, T whenEmpty, ValueParser<T> parser) {

    static <T> Column<T> required(TableField<?, T> field, ValueParser<T> parser) {
        return new Column<>(field, true, null, parser);
    }

    static <T> Column<T> optional(TableField<?, T> field, ValueParser<T> parser) {
        return new Column<>(field, false, null, parser);
    }

    static <T> Column<T> optional(TableField<?, T> field, T whenEmpty, ValueParser<T> parser) {
        return new Column<>(field, false, whenEmpty, parser);
    }

    /** A field the importer sets itself, whatever the file says. */
    static <T> Column<T> fixed(TableField<?, T> field, T value) {
        return new Column<>(field, false, value, (text, row) -> value);
    }

    String name() {
        return field.getName();
    }

    /** The value of this column's text, null when the text is null (empty or no such column in the file). */
    T read(String text, RowContext row) throws Reject {
        if (text == null) {
            if (required) {
                throw new Reject(name() + ": required value is missing");
            }
            return whenEmpty;
        }
        T value;
        try {
            value = parser.parse(text, row);
        } catch (Reject e) {
            throw new Reject(name() + ": " + e.getMessage());
        }
        requireFits(value);
        return value;
    }

    /** A text longer than its varchar column would fail the whole file's transaction, so it is one row's reject. */
    private void requireFits(T value) throws Reject {
        int length = field.getDataType().length();
        if (value instanceof String text && length > 0 && text.length() > length) {
            throw new Reject(name() + ": " + text.length() + " characters, at most " + length + " fit");
        }
    }
}
