package org.outagerecon.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.outagerecon.system.DatabaseSettings;
import org.outagerecon.system.ReconContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command that works on the configured database: starts the application context, runs, closes it. */
abstract class DatabaseCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database URL (default: $RECON_DB_URL, else an embedded H2 file under ./data). "
                    + "User and password come from RECON_DB_USER and RECON_DB_PASSWORD.")
    String db;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        DatabaseSettings database = DatabaseSettings.resolve(db, System.getenv());
        validate();
        ConfigurableApplicationContext context = start(database);
        int exitCode = run(context);
        return SpringApplication.exit(context, () -> exitCode);
    }

    /** Checks the arguments before the database is opened. */
    protected void validate() {
    }

    protected abstract int run(ConfigurableApplicationContext context) throws Exception;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private static ConfigurableApplicationContext start(DatabaseSettings database) {
        try {
            return ReconContext.start(database, Map.of());
        } catch (RuntimeException e) {
            SQLException cause = ErrorHandler.find(e, SQLException.class);
            if (cause == null) {
                throw e;
            }
            throw new DatabaseUnreachableException("cannot use database " + database.redactedUrl() + ": "
                    + cause.getMessage(), e);
        }
    }
}
