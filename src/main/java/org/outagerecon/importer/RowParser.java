package org.outagerecon.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the records of one file by the columns its header names (data-contract.md §1): any order, unknown
 * columns ignored, a missing optional column and an empty field are null. A header cell matches a column when
 * both are equal after lower-casing and removing underscores ({@code SkillTargetID} is {@code skill_target_id});
 * when two cells match one name the later one wins. Where a column has HDS alternatives, the header decides
 * which one fills it, once for the whole file.
 */
final class RowParser {

    private static final String TIME_ZONE = "time_zone";

    private final InputFile file;
    private final ImportOptions options;
    private final int headerWidth;
    /** Header cell key → its position; the later of two equal keys. */
    private final Map<String, Integer> headerCells;
    /** Per column of the file, the source the header chose, or null. */
    private final List<Column.Source<?>> sources;
    /** Per column of the file, the position of its chosen source's cell in the header, or -1. */
    private final int[] positions;
    /** The time_zone column is read first: timestamps without an offset depend on it. */
    private final int timeZoneColumn;

    private RowParser(InputFile file, ImportOptions options, List<String> header, Map<String, Integer> headerCells,
                      List<Column.Source<?>> sources) {
        this.file = file;
        this.options = options;
        this.headerWidth = header.size();
        this.headerCells = headerCells;
        this.sources = sources;
        this.positions = sources.stream()
                .mapToInt(source -> source == null ? -1 : headerCells.get(cellKey(source.header()))).toArray();
        this.timeZoneColumn = file.columns().stream().map(Column::name).toList().indexOf(TIME_ZONE);
    }

    /** How a header cell and a column name compare: lower case, without underscores. */
    static String cellKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** A parser for the records under this header, or the reason the whole file is rejected. */
    static RowParser forHeader(InputFile file, ImportOptions options, List<String> header) throws Reject {
        Map<String, Integer> headerCells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            headerCells.put(cellKey(header.get(i)), i);
        }
        List<Column.Source<?>> sources = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Column<?> column : file.columns()) {
            Column.Source<?> source = column.sources().stream()
                    .filter(candidate -> candidate.cells().stream().allMatch(cell -> headerCells.containsKey(cellKey(cell))))
                    .findFirst().orElse(null);
            sources.add(source);
            if (column.required() && source == null) {
                missing.add(column.describe());
            }
        }
        if (!missing.isEmpty()) {
            String columns = missing.size() > 1 ? "columns " : "column ";
            throw new Reject("missing required " + columns + String.join(", ", missing));
        }
        return new RowParser(file, options, header, headerCells, sources);
    }

    /** The values of one record in the order of the file's columns. */
    Object[] parse(List<String> fields) throws Reject {
        if (fields.size() != headerWidth) {
            throw new Reject("record has " + fields.size() + " fields, the header " + headerWidth);
        }
        Object[] values = new Object[positions.length];
        Integer timeZone = null;
        if (timeZoneColumn >= 0) {
            timeZone = (Integer) read(timeZoneColumn, fields, new RowContext(options, null, headerCells, fields));
        }
        RowContext row = new RowContext(options, timeZone, headerCells, fields);
        for (int i = 0; i < values.length; i++) {
            values[i] = i == timeZoneColumn ? timeZone : read(i, fields, row);
        }
        file.check().check(new Row(file, values));
        return values;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(int column, List<String> fields, RowContext row) throws Reject {
        int position = positions[column];
        String text = position < 0 || fields.get(position).isEmpty() ? null : fields.get(position);
        return ((Column) file.columns().get(column)).read(sources.get(column), text, row);
    }
}
