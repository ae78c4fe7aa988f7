package org.outagerecon.importer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * The rows of an HDS query as records, the values written as the files write them, so that the file import's
 * parsing and checks read them: a {@code datetime} as local ISO time (the row's TimeZone or the source zone
 * applies), a float such as {@code RecoveryKey} in plain digits. A record's line is its key: the RecoveryKey
 * (data-contract.md §5), or SkillTargetID / MRDomainID in the tables without one (its position in the result when
 * the key is empty); its text is the row as a CSV line.
 */
final class JdbcRecords implements Records {

    /** recovery_key is decimal(30, 6); a key above the scale is cut down, so its row is read again, not skipped. */
    private static final int KEY_SCALE = 6;
    private static final char NUL = '\u0000';

    private final ResultSet rows;
    private final String source;
    private final List<String> header;
    private final int[] sqlTypes;
    /** The position (0-based) of the table's key, or -1. */
    private final int keyPosition;
    private long position;
    private BigDecimal lastKey;

    JdbcRecords(ResultSet rows, String source, List<String> header, int keyPosition) throws SQLException {
        this.rows = rows;
        this.source = source;
        this.header = List.copyOf(header);
        this.keyPosition = keyPosition;
        this.sqlTypes = new int[header.size()];
        for (int i = 0; i < sqlTypes.length; i++) {
            sqlTypes[i] = rows.getMetaData().getColumnType(i + 1);
        }
    }

    SourceRecord header() {
        return SourceRecord.parsed(0, csvLine(header), header);
    }

    /** The highest key read so far (rows come in key order): for the watermark, the RecoveryKey. */
    Optional<BigDecimal> lastKey() {
        return Optional.ofNullable(lastKey);
    }

    @Override
    public SourceRecord next() {
        try {
            if (!rows.next()) {
                return null;
            }
            position++;
            List<String> fields = new ArrayList<>(sqlTypes.length);
            for (int i = 0; i < sqlTypes.length; i++) {
                fields.add(text(i + 1, sqlTypes[i]));
            }
            long line = position;
            if (keyPosition >= 0 && !fields.get(keyPosition).isEmpty()) {
                lastKey = new BigDecimal(fields.get(keyPosition)).setScale(KEY_SCALE, RoundingMode.FLOOR);
                line = lastKey.longValue();
            }
            String raw = csvLine(fields);
            return raw.indexOf(NUL) >= 0 ? SourceRecord.unreadable(line, raw, "contains a NUL character")
                    : SourceRecord.parsed(line, raw, fields);
        } catch (SQLException e) {
            throw new UncategorizedSQLException("import: reading " + source, null, e);
        }
    }

    /** The value as the files write it; empty for null. */
    private String text(int column, int sqlType) throws SQLException {
        Object value = switch (sqlType) {
            case Types.TIMESTAMP -> rows.getObject(column, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rows.getObject(column, OffsetDateTime.class);
            case Types.FLOAT, Types.DOUBLE, Types.REAL -> {
                double number = rows.getDouble(column);
                yield rows.wasNull() ? null : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            }
            case Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal number = rows.getBigDecimal(column);
                yield number == null ? null : number.stripTrailingZeros().toPlainString();
            }
            default -> rows.getString(column);
        };
        return value == null ? "" : value.toString();
    }

    private static String csvLine(List<String> fields) {
        StringWriter line = new StringWriter();
        try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(line)) {
            writer.writeRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return line.toString().substring(0, line.getBuffer().length() - 1);
    }

    @Override
    public void close() {
        // The statement that made the rows closes them.
    }
}
