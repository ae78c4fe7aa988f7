package org.outagerecon.importer;

import java.util.List;
import java.util.Map;

/**
 * What reading a value may depend on besides its text: the import options, the row's {@code time_zone}, and the
 * other cells of the record (a column derived from two HDS cells reads the second one).
 */
record RowContext(ImportOptions options, Integer timeZoneMinutes, Map<String, Integer> headerCells,
                  List<String> fields) {

    /** The text of the cell named {@code header} (compared as {@link RowParser#cellKey}), null when empty or absent. */
    String cell(String header) {
        Integer position = headerCells.get(RowParser.cellKey(header));
        return position == null || fields.get(position).isEmpty() ? null : fields.get(position);
    }
}
