package org.outagerecon.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.outagerecon.system.DatabaseSettings;
import org.outagerecon.system.ReconContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The two databases every functional test runs on. PostgreSQL tests get a database of their own, created on
 * the server at {@code RECON_TEST_PG_URL} (default 127.0.0.1:5432, user postgres) and dropped afterwards.
 * Without a reachable server they are skipped, unless {@code RECON_TEST_REQUIRE_POSTGRES=true} (CI), where
 * they fail.
 */
public enum TestDatabase {
    H2, POSTGRES;

    private static final String PG_SERVER = env("RECON_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String PG_USER = env("RECON_TEST_PG_USER", "postgres");
    private static final String PG_PASSWORD = env("RECON_TEST_PG_PASSWORD", "");

    public static boolean postgresRequired() {
        return Boolean.parseBoolean(env("RECON_TEST_REQUIRE_POSTGRES", "false"));
    }

    /** A new, empty database of this kind; close it to drop it. */
    public Instance create() {
        return create(null);
    }

    /**
     * A new, empty database that other processes can open too: for H2 a file database under {@code directory}
     * in AUTO_SERVER mode (the first process to open it serves the others).
     */
    public Instance createShared(Path directory) {
        return create(directory);
    }

    private Instance create(Path h2Directory) {
        String name = "recon_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (this == H2) {
            String url = h2Directory == null ? "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"
                    : "jdbc:h2:file:" + h2Directory.resolve(name).toAbsolutePath() + ";AUTO_SERVER=TRUE";
            return new Instance(this, new DatabaseSettings(url, "sa", ""), name);
        }
        try (Connection connection = DriverManager.getConnection(PG_SERVER, PG_USER, PG_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (postgresRequired()) {
                throw new IllegalStateException("PostgreSQL is required (RECON_TEST_REQUIRE_POSTGRES) but "
                        + PG_SERVER + " is not usable: " + e.getMessage(), e);
            }
            assumeTrue(false, "PostgreSQL not reachable at " + PG_SERVER + ": " + e.getMessage());
        }
        String url = PG_SERVER.substring(0, PG_SERVER.lastIndexOf('/') + 1) + name;
        return new Instance(this, new DatabaseSettings(url, PG_USER, PG_PASSWORD), name);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One test database; {@link #start} gives an application context on it. */
    public static final class Instance implements AutoCloseable {
        private final TestDatabase kind;
        private final DatabaseSettings settings;
        private final String name;

        Instance(TestDatabase kind, DatabaseSettings settings, String name) {
            this.kind = kind;
            this.settings = settings;
            this.name = name;
        }

        public TestDatabase kind() {
            return kind;
        }

        public DatabaseSettings settings() {
            return settings;
        }

        public ConfigurableApplicationContext start(Map<String, Object> properties) {
            return ReconContext.start(settings, properties);
        }

        /**
         * The {@code --db} value of a command run in this process. The command takes user and password from
         * RECON_DB_USER and RECON_DB_PASSWORD, which a test cannot set, so PostgreSQL's go into the URL (the driver
         * lets them win over the default user {@code sa}); H2's are that default.
         */
        public String dbOption() {
            if (kind == H2) {
                return settings.url();
            }
            return settings.url() + "?user=" + URLEncoder.encode(settings.user(), StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(settings.password(), StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws SQLException {
            if (kind == H2) {
                try (Connection connection = DriverManager.getConnection(settings.url(), "sa", "");
                     Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
                return;
            }
            try (Connection connection = DriverManager.getConnection(PG_SERVER, PG_USER, PG_PASSWORD);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
