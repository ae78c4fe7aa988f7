package org.outagerecon.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * {@code import --dir DIR}: loads the CSV files of a directory (data-contract.md §1). Every file is optional and
 * is loaded in a transaction of its own, so a file that cannot be read keeps what the files before it loaded;
 * bad rows are rejected one by one and never stop an import.
 */
@Component
public class CsvImporter {

    private static final Logger log = LoggerFactory.getLogger(CsvImporter.class);
    private static final int VACUUM_AFTER_ROWS = 10_000;

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final TransactionTemplate transactions;

    public CsvImporter(DataSource dataSource, DSLContext dsl, PlatformTransactionManager transactionManager) {
        this.dataSource = dataSource;
        this.dsl = dsl;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * @throws BadInputException when the directory or one of its input files cannot be read, or it holds none
     *                           of them (a mistyped directory must not look like an import of nothing)
     */
    public ImportReport importDirectory(Path dir, ImportOptions options) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("import: " + dir + " is not a directory");
        }
        List<InputFile> present = InputFiles.IN_IMPORT_ORDER.stream()
                .filter(file -> Files.exists(dir.resolve(file.name()))).toList();
        if (present.isEmpty()) {
            throw new BadInputException("import: " + dir + " holds none of the input files ("
                    + String.join(", ", InputFiles.IN_IMPORT_ORDER.stream().map(InputFile::name).toList()) + ")");
        }
        present.forEach(file -> requireReadable(dir.resolve(file.name())));
        List<ImportReport.FileResult> results = new ArrayList<>();
        for (InputFile file : present) {
            results.add(importFile(dir.resolve(file.name()), file, options));
        }
        return new ImportReport(results);
    }

    private static void requireReadable(Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new BadInputException("import: cannot read " + path + " (not a readable file)");
        }
    }

    private ImportReport.FileResult importFile(Path path, InputFile file, ImportOptions options) {
        long started = System.nanoTime();
        FileLoader.Counts counts = transactions.execute(status -> load(path, file, options));
        if (counts.loaded() >= VACUUM_AFTER_ROWS && dsl.dialect().family() == SQLDialect.POSTGRES) {
            vacuum(file);
        }
        ImportReport.FileResult result = new ImportReport.FileResult(file.name(), counts.read(), counts.loaded(),
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
    private void vacuum(InputFile file) {
        String table = dsl.render(file.table());
        try {
            dsl.execute("VACUUM (ANALYZE) " + table);
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            // Spring's type when its translator knows the SQL state, jOOQ's otherwise.
            log.warn("import {}: loaded, but VACUUM (ANALYZE) {} failed ({}); run it before the reconcile",
                    file.name(), table, e.getMessage());
        }
    }

    private FileLoader.Counts load(Path path, InputFile file, ImportOptions options) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new FileLoader(dsl, file, options).load(connection, path);
        } catch (IOException e) {
            throw new BadInputException("import: cannot read " + path + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new UncategorizedSQLException("import " + file.name(), null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
