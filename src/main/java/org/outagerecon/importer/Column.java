package org.outagerecon.importer;

import java.util.ArrayList;
import java.util.List;
import org.jooq.TableField;

/**
 * One column of an input file (data-contract.md §1): the table field it fills, whether a value is required, the
 * value when it is empty or absent, and where its text comes from: the header cell named like the field, or else
 * the first of its HDS alternatives whose cells the header has (chosen per file, {@link RowParser}).
 */
record Column<T>(TableField<?, T> field, boolean required, T whenEmpty, List<Source<T>> sources) {

    /**
     * A header cell {@code header} read by {@code parser}, usable when the header also has the cells {@code alsoNeeded}
     * (which the parser reads through {@link RowContext#cell}).
     */
    record Source<T>(String header, List<String> alsoNeeded, ValueParser<T> parser) {

        List<String> cells() {
            List<String> cells = new ArrayList<>(alsoNeeded);
            cells.add(0, header);
            return cells;
        }
    }

    Column {
        sources = List.copyOf(sources);
    }

    static <T> Column<T> required(TableField<?, T> field, ValueParser<T> parser) {
        return new Column<>(field, true, null, List.of(new Source<>(field.getName(), List.of(), parser)));
    }

    static <T> Column<T> optional(TableField<?, T> field, ValueParser<T> parser) {
        return optional(field, null, parser);
    }

    static <T> Column<T> optional(TableField<?, T> field, T whenEmpty, ValueParser<T> parser) {
        return new Column<>(field, false, whenEmpty, List.of(new Source<>(field.getName(), List.of(), parser)));
    }

    /** A field the importer sets itself, whatever the file says. */
    static <T> Column<T> fixed(TableField<?, T> field, T value) {
        return new Column<>(field, false, value, List.of());
    }

    /** This column, read from the HDS cell {@code header} when the header lacks the cells named before. */
    Column<T> or(String header, ValueParser<T> parser) {
        return or(header, List.of(), parser);
    }

    /** This column, derived from the HDS cells {@code header} and {@code alsoNeeded} when the header lacks the others. */
    Column<T> or(String header, List<String> alsoNeeded, ValueParser<T> parser) {
        List<Source<T>> more = new ArrayList<>(sources);
        more.add(new Source<>(header, List.copyOf(alsoNeeded), parser));
        return new Column<>(field, required, whenEmpty, more);
    }

    String name() {
        return field.getName();
    }

    /** The header cells that would fill this column, for a message: {@code start_date_time (or StartDateTimeUTC, …)}. */
    String describe() {
        List<String> alternatives = sources.stream().skip(1)
                .map(source -> String.join(" with ", source.cells())).toList();
        return alternatives.isEmpty() ? name() : name() + " (or " + String.join(", or ", alternatives) + ")";
    }

    /** The value of this column's text as {@code source} reads it, null when the text is null (empty or no cell). */
    T read(Source<T> source, String text, RowContext row) throws Reject {
        if (text == null) {
            if (required) {
                throw new Reject(name() + ": required value is missing");
            }
            return whenEmpty;
        }
        T value;
        try {
            value = source.parser().parse(text, row);
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
