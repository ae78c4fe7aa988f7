package org.outagerecon.support;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.outagerecon.domain.Window;
import org.outagerecon.importer.CsvImporter;
import org.outagerecon.importer.ImportOptions;
import org.outagerecon.importer.ImportReport;
import org.outagerecon.importer.StateCodes;
import org.outagerecon.job.Partition;
import org.outagerecon.job.ReconcileLauncher;
import org.outagerecon.job.ReconcileParameters;
import org.outagerecon.job.Trigger;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/** A database of one kind with the application on it: import, reconcile, read the tables back. */
public final class ReconTestRun implements AutoCloseable {

    /** Days as tests write them: "19 10:05:00" is 2026-11-19T10:05:00Z. */
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final TestDatabase.Instance database;
    private final ConfigurableApplicationContext context;

    private ReconTestRun(TestDatabase.Instance database, Map<String, Object> settings) throws SQLException {
        this.database = database;
        try {
            this.context = database.start(settings);
        } catch (RuntimeException e) {
            database.close(); // a context that does not start must not leave its database behind
            throw e;
        }
    }

    public static ReconTestRun start(TestDatabase kind) throws SQLException {
        return start(kind, Map.of());
    }

    /** With settings (Spring Boot properties such as {@code recon.detect.enabled}) for this run's context. */
    public static ReconTestRun start(TestDatabase kind, Map<String, Object> settings) throws SQLException {
        return new ReconTestRun(kind.create(), settings);
    }

    /** On a database that other processes can open too (see {@link TestDatabase#createShared}). */
    public static ReconTestRun startShared(TestDatabase kind, Path h2Directory) throws SQLException {
        return new ReconTestRun(kind.createShared(h2Directory), Map.of());
    }

    public org.outagerecon.system.DatabaseSettings databaseSettings() {
        return database.settings();
    }

    /** The {@code --db} value of a command run in this process (see {@link TestDatabase.Instance#dbOption}). */
    public String dbOption() {
        return database.dbOption();
    }

    public static Window window(String from, String to) {
        return Window.of(Instant.parse(from), Instant.parse(to));
    }

    public TestDatabase kind() {
        return database.kind();
    }

    public DSLContext dsl() {
        return context.getBean(DSLContext.class);
    }

    public ImportReport importDirectory(Path directory) {
        return context.getBean(CsvImporter.class)
                .importDirectory(directory, new ImportOptions(StateCodes.HDS, ZoneOffset.UTC));
    }

    public BatchStatus reconcile(Window window) throws Exception {
        return reconcile(window, 30);
    }

    public BatchStatus reconcile(Window window, int intervalMinutes) throws Exception {
        return reconcile(window, intervalMinutes, Partition.ALL);
    }

    public BatchStatus reconcile(Window window, int intervalMinutes, Partition partition) throws Exception {
        return reconcile(new ReconcileParameters(window, intervalMinutes, partition, Trigger.WINDOW));
    }

    public BatchStatus reconcile(ReconcileParameters parameters) throws Exception {
        return context.getBean(ReconcileLauncher.class).run(parameters).getStatus();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Map<String, List<String>> reconciledTables() {
        return TableDump.reconciled(dsl());
    }

    /** The rows of a query, one line each, values separated by blanks; instants as "dd HH:mm:ss" in UTC. */
    public List<String> lines(String sql, Object... bindings) {
        return dsl().fetch(sql, bindings).stream()
                .map(record -> record.intoStream().map(ReconTestRun::text).collect(Collectors.joining(" ")))
                .toList();
    }

    private static String text(Object value) {
        if (value instanceof OffsetDateTime time) {
            return DAY_TIME.format(time);
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return Objects.toString(value);
    }

    @Override
    public void close() throws Exception {
        try {
            context.close();
        } finally {
            database.close();
        }
    }
}
