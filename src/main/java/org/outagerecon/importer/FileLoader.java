package org.outagerecon.importer;

import static org.outagerecon.db.recon.Tables.IMPORT_REJECT;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;

/**
 * Loads the records of one source on one connection (data-contract.md §1): its good rows are upserted, each bad
 * one goes to recon.import_reject under the source's name with its line, text and reason, and a header lacking a
 * required column rejects the source as a whole at line 1.
 */
final class FileLoader {

    /** What became of the records after the header. */
    record Counts(long read, long loaded, long rejected, double mergeSeconds) {

        static final Counts NONE = new Counts(0, 0, 0, 0);

        Counts plus(Counts more) {
            return new Counts(read + more.read, loaded + more.loaded, rejected + more.rejected,
                    mergeSeconds + more.mergeSeconds);
        }
    }

    private final DSLContext dsl;
    private final InputFile file;
    private final ImportOptions options;
    /** The name rejects are filed under: the file's own name, or the HDS table's. */
    private final String source;

    FileLoader(DSLContext dsl, InputFile file, ImportOptions options, String source) {
        this.dsl = dsl;
        this.file = file;
        this.options = options;
        this.source = source;
    }

    /** Loads the records after {@code header}, at most {@code maxRecords} of them. */
    Counts load(Connection connection, SourceRecord header, Records records, long maxRecords)
            throws IOException, SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        try (Upserts rows = dsl.dialect().family() == SQLDialect.POSTGRES ? new CopyUpserts(dsl, connection, file)
                     : JdbcBatch.upsert(dsl, connection, file);
             JdbcBatch rejects = JdbcBatch.rejects(dsl, connection)) {
            RowParser parser;
            try {
                parser = RowParser.forHeader(file, options, header.fields());
            } catch (Reject e) {
                rejects.add(reject(header, e, now));
                rejects.flush();
                return new Counts(0, 0, 1, 0);
            }
            long read = 0;
            long loaded = 0;
            SourceRecord record;
            while (read < maxRecords && (record = records.next()) != null) {
                read++;
                try {
                    rows.add(record.line(), parser.parse(record.fields()));
                    loaded++;
                } catch (Reject e) {
                    rejects.add(reject(record, e, now));
                }
            }
            rows.finish();
            rejects.flush();
            return new Counts(read, loaded, read - loaded, rows.mergeSeconds());
        }
    }

    private Object[] reject(SourceRecord record, Reject reason, OffsetDateTime now) {
        return new Object[] {source, record.line(), storable(record.raw(), IMPORT_REJECT.RAW),
                storable(reason.getMessage(), IMPORT_REJECT.REASON), now};
    }

    /** Cut to the column's size, NUL replaced: PostgreSQL cannot store it, and it must not fail the reject. */
    private static String storable(String text, Field<String> column) {
        int length = column.getDataType().length();
        return (text.length() > length ? text.substring(0, length) : text).replace('\u0000', '\uFFFD');
    }
}
