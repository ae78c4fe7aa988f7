package org.outagerecon.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.outagerecon.benchmark.Benchmark;
import org.outagerecon.generate.DatasetGenerator.GeneratorSettings;
import org.outagerecon.system.DatabaseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchmark}: import and reconcile a generated day on PostgreSQL, measured against the database itself. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Generate a dataset, load it into a new PostgreSQL database (outage_recon_benchmark, dropped at "
                + "the end) and print rows, seconds, rows/s and peak heap of import and reconcile, beside the "
                + "database's own COPY and INSERT ... SELECT of the same rows. Run it with the heap you give the job "
                + "(java -Xmx512m -jar ...).")
class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agents", defaultValue = "12000", paramLabel = "N", description = "Agents; default ${DEFAULT-VALUE}.")
    int agents;

    @Option(names = "--days", defaultValue = "1", paramLabel = "D", description = "Days; default ${DEFAULT-VALUE}.")
    int days;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed; default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--db", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database on the server to use (default ${DEFAULT-VALUE}); user and password "
                    + "from RECON_DB_USER and RECON_DB_PASSWORD.")
    String db;

    @Option(names = "--keep", description = "Keep the generated files and the database afterwards.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        DatabaseSettings server = DatabaseSettings.resolve(db, System.getenv());
        new Benchmark(server, new GeneratorSettings(agents, days, seed, LocalDate.of(2026, 11, 19)),
                spec.commandLine().getOut()).run(keep);
        return 0;
    }
}
