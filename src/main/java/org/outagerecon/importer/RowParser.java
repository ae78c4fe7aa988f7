package org.outagerecon.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records of one file by the columns its header names (data-contract.md §1): any order, unknown
 * columns ignored, a missing optional column and an empty field are null.
 */
final class RowParser {

    private static final String TIME_ZONE = "time_zone";

    private final InputFile file;
    private final ImportOptions options;
    private final int headerWidth;
    /** Per column of the file, its position in the header, or -1. */
    private final int[] positions;
    /** The time_zone column is read first: timestamps without an offset depend on it. */
    private final int timeZoneColumn;

    private RowParser(InputFile file, ImportOptions options, List<String> header) {
        this.file = file;
        this.options = options;
        this.headerWidth = header.size();
        this.positions = file.columns().stream().mapToInt(column -> header.indexOf(column.name())).toArray();
        this.timeZoneColumn = file.columns().stream().map(Column::name).toList().indexOf(TIME_ZONE);
    }

    /** A parser for the records under this header, or the reason the whole file is rejected. */
    static RowParser forHeader(InputFile file, ImportOptions options, List<String> header) throws Reject {
        List<String> missing = new ArrayList<>();
        for (Column<?> column : file.columns()) {
            if (header.indexOf(column.name()) != header.lastIndexOf(column.name())) {
                throw new Reject("column " + column.name() + " appears twice in the header");
            }
            if (column.required() && !header.contains(column.name())) {
                missing.add(column.name());
            }
        }
        if (!missing.isEmpty()) {
            String columns = missing.size() > 1 ? "columns " : "column ";
            throw new Reject("missing required " + columns + String.join(", ", missing));
        }
        return new RowParser(file, options, header);
    }

    /** The values of one record in the order of the file's columns. */
    Object[] parse(List<String> fields) throws Reject {
        if (fields.size() != headerWidth) {
            throw new Reject("record has " + fields.size() + " fields, the header " + headerWidth);
        }
        Object[] values = new Object[positions.length];
        Integer timeZone = null;
        if (timeZoneColumn >= 0) {
            timeZone = (Integer) read(timeZoneColumn, fields, new RowContext(options, null));
        }
        RowContext row = new RowContext(options, timeZone);
        for (int i = 0; i < values.length; i++) {
            values[i] = i == timeZoneColumn ? timeZone : read(i, fields, row);
        }
        file.check().check(new Row(file, values));
        return values;
    }

    private Object read(int column, List<String> fields, RowContext row) throws Reject {
        int position = positions[column];
        String text = position < 0 || fields.get(position).isEmpty() ? null : fields.get(position);
        return file.columns().get(column).read(text, row);
    }
}
