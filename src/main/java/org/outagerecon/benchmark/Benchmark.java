package org.outagerecon.benchmark;

import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;
import static org.outagerecon.db.recon.Tables.AGENT_STATE_SPAN;
import static org.outagerecon.db.recon.Tables.RUN;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.outagerecon.domain.Window;
import org.outagerecon.generate.DatasetGenerator.GeneratorSettings;
import org.outagerecon.generate.DatasetGenerator;
import org.outagerecon.generate.RowCounts;
import org.outagerecon.importer.CsvImporter;
import org.outagerecon.importer.ImportOptions;
import org.outagerecon.importer.ImportReport;
import org.outagerecon.importer.StateCodes;
import org.outagerecon.job.Partition;
import org.outagerecon.job.ReconcileLauncher;
import org.outagerecon.job.ReconcileParameters;
import org.outagerecon.job.Trigger;
import org.outagerecon.system.BadInputException;
import org.outagerecon.system.DatabaseSettings;
import org.outagerecon.system.ReconContext;
import org.postgresql.PGConnection;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue "scale": generates a dataset, loads it into a new PostgreSQL database and measures import and reconcile
 * against the database's own speed on the same rows, in one JVM (start-up excluded):
 * <ul>
 * <li>import against {@code COPY … FROM} of the same CSV files into plain text-column tables, and against
 * {@code INSERT INTO … SELECT} of the state rows into a table with {@code hds.agent_state_trace}'s keys;</li>
 * <li>reconcile against {@code INSERT INTO … SELECT} of the source state rows into a scratch table, plain and
 * with the keys of {@code recon.agent_state_span} (what the reconcile itself has to maintain).</li>
 * </ul>
 * The reconcile runs twice: the first fills empty tables, the second replaces its rows, as every nightly run
 * does for the lookback day. A checkpoint before each timed phase keeps one phase's writes out of the next.
 */
public final class Benchmark {

    /** The database the benchmark creates, fills and drops on the server of the given URL. */
    static final String DATABASE = "outage_recon_benchmark";
    private static final Name BASELINE = DSL.name("benchmark_baseline");

    private final DatabaseSettings server;
    private final GeneratorSettings dataset;
    private final PrintWriter out;

    public Benchmark(DatabaseSettings server, GeneratorSettings dataset, PrintWriter out) {
        if (!server.isPostgres()) {
            throw new BadInputException("benchmark: --db must be a PostgreSQL URL (the benchmark creates a database "
                    + DATABASE + " there), not " + server.redactedUrl());
        }
        this.server = server;
        this.dataset = dataset;
        this.out = out;
    }

    /** Runs every phase and prints the figures; keeps the data and the database when {@code keep}. */
    public void run(boolean keep) throws Exception {
        Path data = Files.createTempDirectory("outage-recon-benchmark");
        long started = System.nanoTime();
        RowCounts generated = new DatasetGenerator(dataset).generate(data);
        printf("generate: %s in %.1f s (%s)%n", generated, seconds(started), data);
        recreateDatabase();
        DatabaseSettings database = new DatabaseSettings(server.url().replaceFirst("/[^/?]*(\\?|$)",
                "/" + DATABASE + "$1"), server.user(), server.password());
        try (ConfigurableApplicationContext context = ReconContext.start(database, Map.of())) {
            DSLContext dsl = context.getBean(DSLContext.class);
            printf("machine: %d cores, Java %s, max heap %d MB, %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), PeakHeap.maxMegabytes(),
                    dsl.fetchValue("SELECT version()").toString().replaceFirst(" on .*", ""));
            printf("reconcile window: %s, 30-minute intervals%n", window());
            printf("%n%-48s %11s %11s %8s %10s %10s%n", "phase", "rows in", "rows out", "seconds", "rows/s",
                    "peak heap");
            Phase copy = copyIntoTextTables(context, data);
            print(copy);
            Phase load = importFiles(context, data);
            print(load);
            Phase insertSelectIntoStateTable = insertSelectIntoStateTable(dsl);
            print(insertSelectIntoStateTable);
            Phase insertSelect = insertSelect(dsl, false);
            print(insertSelect);
            Phase insertSelectKeyed = insertSelect(dsl, true);
            print(insertSelectKeyed);
            dsl.dropSchema(BASELINE).cascade().execute();
            Phase reconcile = reconcile(context, "reconcile, into empty tables", 1);
            print(reconcile);
            Phase rerun = reconcile(context, "reconcile again, replacing its rows", 1);
            print(rerun);
            int threads = Math.min(ReconcileParameters.MAX_THREADS, Math.max(2, Runtime.getRuntime().availableProcessors()));
            print(reconcile(context, "reconcile again, --threads " + threads, threads));
            printf("%nimport speed ÷ COPY speed (rows/s): %.2f (goal: at least 0.6)%n",
                    load.rowsPerSecond() / copy.rowsPerSecond());
            printf("  against INSERT … SELECT into a table with agent_state_trace's keys: %.2f%n",
                    load.rowsPerSecond() / insertSelectIntoStateTable.rowsPerSecond());
            printf("reconcile time ÷ INSERT … SELECT time: %.1f (goal: at most 2); the rerun: %.1f%n",
                    reconcile.seconds() / insertSelect.seconds(), rerun.seconds() / insertSelect.seconds());
            printf("  against INSERT … SELECT into a table with agent_state_span's keys: %.1f; the rerun: %.1f%n",
                    reconcile.seconds() / insertSelectKeyed.seconds(), rerun.seconds() / insertSelectKeyed.seconds());
        } finally {
            if (keep) {
                printf("kept: the data in %s, the database %s%n", data, DATABASE);
            } else {
                dropDatabase();
                deleteTree(data);
            }
        }
        out.flush();
    }

    /** One measured phase; the heap is not measured for the database's own baselines. */
    record Phase(String name, long rowsIn, long rowsOut, double seconds, Long peakHeapMegabytes) {
        double rowsPerSecond() {
            return rowsIn / seconds;
        }
    }

    /** Baseline of the import: the database's own COPY of the same files, into tables of text columns. */
    private Phase copyIntoTextTables(ConfigurableApplicationContext context, Path data) throws Exception {
        DSLContext dsl = context.getBean(DSLContext.class);
        dsl.createSchema(BASELINE).execute();
        List<Path> files;
        try (Stream<Path> listing = Files.list(data)) {
            files = listing.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
        }
        List<String> copies = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".csv", "");
            Table<?> table = DSL.table(DSL.name(BASELINE.last(), name));
            List<Field<?>> columns = new ArrayList<>();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String column : reader.readLine().split(",")) {
                    columns.add(DSL.field(DSL.name(column), SQLDataType.CLOB));
                }
            }
            dsl.createTable(table).columns(columns).execute();
            copies.add("COPY " + dsl.render(table) + " FROM STDIN (FORMAT csv, HEADER true)");
        }
        checkpoint(dsl);
        long rows = 0;
        long started = System.nanoTime();
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int i = 0; i < files.size(); i++) {
                try (InputStream in = Files.newInputStream(files.get(i))) {
                    rows += copy.copyIn(copies.get(i), in, 1 << 16);
                }
            }
        }
        return new Phase("baseline: COPY of the CSV files into text tables", rows, rows, seconds(started), null);
    }

    private Phase importFiles(ConfigurableApplicationContext context, Path data) {
        checkpoint(context.getBean(DSLContext.class));
        PeakHeap.reset();
        long started = System.nanoTime();
        ImportReport report = context.getBean(CsvImporter.class)
                .importDirectory(data, new ImportOptions(StateCodes.HDS, ZoneOffset.UTC));
        double seconds = seconds(started);
        long read = report.files().stream().mapToLong(ImportReport.FileResult::rowsRead).sum();
        long loaded = report.files().stream().mapToLong(ImportReport.FileResult::rowsLoaded).sum();
        return new Phase("import", read, loaded, seconds, PeakHeap.megabytes());
    }

    /**
     * What the import's own table costs the database: its state rows, in the order they were imported, into a
     * copy of {@code hds.agent_state_trace} with the same keys and indexes.
     */
    private Phase insertSelectIntoStateTable(DSLContext dsl) {
        Table<?> scratch = DSL.table(DSL.name(BASELINE.last(), "agent_state_trace_with_keys"));
        dsl.execute("CREATE TABLE {0} (LIKE {1} INCLUDING ALL)", scratch, AGENT_STATE_TRACE);
        checkpoint(dsl);
        long started = System.nanoTime();
        long rows = dsl.execute("INSERT INTO {0} SELECT * FROM {1}", scratch, AGENT_STATE_TRACE);
        return new Phase("baseline: INSERT … SELECT, state table's keys", rows, rows, seconds(started), null);
    }

    /** Baseline of the reconcile: the database writes one row per source state row into a span-shaped table. */
    private Phase insertSelect(DSLContext dsl, boolean withKeys) {
        Table<?> scratch = DSL.table(DSL.name(BASELINE.last(), withKeys ? "span_with_keys" : "span"));
        if (withKeys) {
            dsl.execute("CREATE TABLE {0} (LIKE {1} INCLUDING ALL)", scratch, AGENT_STATE_SPAN);
        } else {
            dsl.execute("CREATE TABLE {0} (LIKE {1})", scratch, AGENT_STATE_SPAN);
        }
        var span = AGENT_STATE_SPAN;
        var trace = AGENT_STATE_TRACE;
        var insert = dsl.insertInto(DSL.table(scratch.getQualifiedName()))
                .columns(span.SKILL_TARGET_ID, span.MR_DOMAIN_ID, span.SPAN_START, span.SPAN_END, span.AGENT_STATE,
                        span.REASON_CODE, span.PROVENANCE)
                .select(DSL.select(trace.SKILL_TARGET_ID, trace.MR_DOMAIN_ID, trace.DATE_TIME, trace.DATE_TIME,
                        trace.AGENT_STATE, trace.REASON_CODE, DSL.inline("SOURCE")).from(trace));
        checkpoint(dsl);
        long started = System.nanoTime();
        // Rows of one agent-MRD at the same instant collide on the keys; the baseline skips them.
        long rows = withKeys ? insert.onConflictDoNothing().execute() : insert.execute();
        return new Phase(withKeys ? "baseline: INSERT … SELECT, span table's keys" : "baseline: INSERT … SELECT of the state rows",
                dsl.fetchCount(trace), rows, seconds(started), null);
    }

    /** The days of the dataset in UTC, and the next: the site is at UTC-7, so its days end after midnight UTC. */
    private Window window() {
        LocalDate first = dataset.firstDay();
        return Window.of(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                first.plusDays(dataset.days() + 1L).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private Phase reconcile(ConfigurableApplicationContext context, String name, int threads) throws Exception {
        checkpoint(context.getBean(DSLContext.class));
        Window window = window();
        PeakHeap.reset();
        long started = System.nanoTime();
        JobExecution execution = context.getBean(ReconcileLauncher.class)
                .run(new ReconcileParameters(window, 30, Partition.ALL, Trigger.WINDOW, threads));
        double seconds = seconds(started);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("benchmark: the reconcile ended " + execution.getStatus() + ": "
                    + execution.getExitStatus().getExitDescription());
        }
        var run = context.getBean(DSLContext.class).selectFrom(RUN).where(RUN.JOB_EXECUTION_ID.eq(execution.getId()))
                .fetchSingle();
        long written = run.getSpanRows() + run.getLogoutRows() + run.getGapRows() + run.getIntervalRows()
                + run.getTaskRows();
        return new Phase(name, run.getSourceRows(), written, seconds, PeakHeap.megabytes());
    }

    private void print(Phase phase) {
        printf("%-48s %,11d %,11d %8.1f %,10.0f %10s%n", phase.name(), phase.rowsIn(), phase.rowsOut(),
                phase.seconds(), phase.rowsPerSecond(),
                phase.peakHeapMegabytes() == null ? "" : phase.peakHeapMegabytes() + " MB");
        out.flush();
    }

    /** Starts each phase with the earlier phases' dirty pages written out, where the role may checkpoint. */
    private static void checkpoint(DSLContext dsl) {
        try {
            dsl.execute("CHECKPOINT");
        } catch (RuntimeException e) {
            // not a superuser or pg_checkpoint member: the phases then share the checkpoints they cause
        }
    }

    private void recreateDatabase() throws SQLException {
        onServer("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)", "CREATE DATABASE " + DATABASE);
    }

    private void dropDatabase() throws SQLException {
        onServer("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    /** Statements outside any database's transaction, on the database of {@code --db}. */
    private void onServer(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void printf(String format, Object... arguments) {
        out.printf(Locale.ROOT, format, arguments);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
