package org.outagerecon.importer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.outagerecon.system.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.stereotype.Component;

/**
 * {@code import --jdbc URL}: reads Agent, Media_Routing_Domain, Agent_State_Trace and Termination_Call_Detail
 * straight from the HDS (data-contract.md §5), through the file import's parsing, checks, upserts and rejects.
 * The tables are all found and checked before anything loads. Rows stream from the HDS ({@value #FETCH_SIZE} at a
 * time), so memory does not grow with them. Agent and Media_Routing_Domain have no RecoveryKey and are read whole
 * (a few thousand rows); the other two are read above the table's watermark less the overlap, and are committed
 * every {@value #ROWS_PER_COMMIT} rows together with the watermark they reach: a killed import resumes after its
 * last commit, and the rows it reads again are upserted, never duplicated.
 */
@Component
public class HdsImporter {

    static final int FETCH_SIZE = 5_000;
    static final long ROWS_PER_COMMIT = 20_000;

    private static final Logger log = LoggerFactory.getLogger(HdsImporter.class);
    private static final List<InputFile> TABLES = List.of(InputFiles.AGENT_CSV, InputFiles.MEDIA_ROUTING_DOMAIN_CSV,
            InputFiles.AGENT_STATE_TRACE_CSV, InputFiles.TERMINATION_CALL_DETAIL_CSV);

    private final SourceLoader loader;
    private final Watermarks watermarks;

    public HdsImporter(SourceLoader loader, Watermarks watermarks) {
        this.loader = loader;
        this.watermarks = watermarks;
    }

    /**
     * @param sinceKey    read rows above this RecoveryKey instead of the watermark less the overlap; null: the
     *                    watermark's
     * @param overlapKeys how far below its watermark a table is read again, for rows that commit late
     * @throws BadInputException when the HDS cannot be reached, or lacks a table or a required column
     */
    public ImportReport importFrom(HdsSource source, ImportOptions options, BigDecimal sinceKey,
                                   BigDecimal overlapKeys) {
        try (Connection hds = source.connect()) {
            List<HdsTable> tables = TABLES.stream()
                    .map(file -> HdsTable.find(hds, source.schema(), file, options)).toList();
            hds.setReadOnly(true);
            hds.setAutoCommit(false); // PostgreSQL streams a result by its fetch size only inside a transaction
            List<ImportReport.FileResult> results = new ArrayList<>();
            for (HdsTable table : tables) {
                results.add(load(hds, source, table, options, sinceKey, overlapKeys));
            }
            hds.commit();
            return new ImportReport(results);
        } catch (SQLException e) {
            throw new UncategorizedSQLException("import: reading the HDS at " + source.redactedUrl(), null, e);
        }
    }

    private ImportReport.FileResult load(Connection hds, HdsSource source, HdsTable table, ImportOptions options,
                                         BigDecimal sinceKey, BigDecimal overlapKeys) throws SQLException {
        String watermarkSource = source.redactedUrl();
        String watermarkTable = table.file().hdsTable();
        Optional<BigDecimal> above = Optional.empty();
        if (table.incremental()) {
            above = sinceKey != null ? Optional.of(sinceKey)
                    : watermarks.of(watermarkSource, watermarkTable).map(watermark -> watermark.subtract(overlapKeys));
            log.info("import {}: reading {}{}", table.name(), table.qualifiedName(), above
                    .map(key -> " above RecoveryKey " + key.stripTrailingZeros().toPlainString()
                            + (sinceKey != null ? " (--since-key)" : " (watermark less overlap " + overlapKeys + ")"))
                    .orElse(", all rows (no watermark yet)"));
        }
        try (PreparedStatement statement = hds.prepareStatement(table.select(above.isPresent()),
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            if (above.isPresent()) {
                statement.setBigDecimal(1, above.get());
            }
            try (ResultSet rows = statement.executeQuery()) {
                JdbcRecords records = new JdbcRecords(rows, table.qualifiedName(), table.header(),
                        table.keyPosition());
                if (!table.incremental()) {
                    return loader.load(table.file().hdsTable(), table.file(), options, records.header(), records,
                            Long.MAX_VALUE, SourceLoader.WithEachCommit.NOTHING);
                }
                return loader.load(table.file().hdsTable(), table.file(), options, records.header(), records, ROWS_PER_COMMIT,
                        () -> records.lastKey().ifPresent(
                                key -> watermarks.advance(watermarkSource, watermarkTable, key)));
            }
        }
    }
}
