package org.outagerecon.importer;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.outagerecon.system.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the records of one source (a CSV file, an HDS table) into its table, the way both imports do it: in
 * transactions of at most a given number of records, each ending with what the caller commits with them (an
 * HDS watermark); then a VACUUM on PostgreSQL after a large load, and one log line with the counts.
 */
@Component
class SourceLoader {

    /** What commits with each transaction's rows. */
    @FunctionalInterface
    interface WithEachCommit {
        WithEachCommit NOTHING = () -> { };

        void beforeCommit();
    }

    private static final Logger log = LoggerFactory.getLogger(SourceLoader.class);
    private static final int VACUUM_AFTER_ROWS = 10_000;

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final TransactionTemplate transactions;

    SourceLoader(DataSource dataSource, DSLContext dsl, PlatformTransactionManager transactionManager) {
        this.dataSource = dataSource;
        this.dsl = dsl;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * @param source     the name the source is reported and its rejects filed under
     * @param header     the names of the records' fields
     * @param perCommit  the records of one transaction at most
     */
    ImportReport.FileResult load(String source, InputFile file, ImportOptions options, SourceRecord header,
                                 Records records, long perCommit, WithEachCommit withEachCommit) {
        long started = System.nanoTime();
        FileLoader loader = new FileLoader(dsl, file, options, source);
        FileLoader.Counts counts = FileLoader.Counts.NONE;
        FileLoader.Counts last;
        do {
            last = transactions.execute(status -> {
                FileLoader.Counts loaded = load(loader, source, header, records, perCommit);
                withEachCommit.beforeCommit();
                return loaded;
            });
            counts = counts.plus(last);
        } while (last.read() == perCommit);
        if (counts.loaded() >= VACUUM_AFTER_ROWS && dsl.dialect().family() == SQLDialect.POSTGRES) {
            vacuum(file, source);
        }
        ImportReport.FileResult result = new ImportReport.FileResult(source, counts.read(), counts.loaded(),
                counts.rejected(), (System.nanoTime() - started) / 1e9);
        log.info(String.format(Locale.ROOT, "import %s: %d rows in, %d loaded, %d rejected, %.1f s%s, %.0f rows/s",
                result.file(), result.rowsRead(), result.rowsLoaded(), result.rowsRejected(), result.seconds(),
                counts.mergeSeconds() > 0 ? String.format(Locale.ROOT, " (merging into the table %.1f s)",
                        counts.mergeSeconds()) : "", result.rowsPerSecond()));
        return result;
    }

    /**
     * Outside the file's transaction, as VACUUM must be. The statistics plan the reconcile that follows, and the
     * visibility map lets it read the timeline by its index alone; autovacuum may come much later. The rows are
     * committed by then: a vacuum that fails (a statement timeout, say) only costs the reconcile speed.
     */
    private void vacuum(InputFile file, String source) {
        String table = dsl.render(file.table());
        try {
            dsl.execute("VACUUM (ANALYZE) " + table);
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            // Spring's type when its translator knows the SQL state, jOOQ's otherwise.
            log.warn("import {}: loaded, but VACUUM (ANALYZE) {} failed ({}); run it before the reconcile",
                    source, table, e.getMessage());
        }
    }

    private FileLoader.Counts load(FileLoader loader, String source, SourceRecord header, Records records,
                                   long perCommit) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return loader.load(connection, header, records, perCommit);
        } catch (IOException e) {
            throw new BadInputException("import: cannot read " + source + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new UncategorizedSQLException("import " + source, null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
