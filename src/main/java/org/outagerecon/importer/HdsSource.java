package org.outagerecon.importer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.outagerecon.system.BadInputException;
import org.outagerecon.system.DatabaseSettings;

/**
 * The HDS an {@code import --jdbc} reads (data-contract.md §5): its JDBC URL, the schema of its tables, and the
 * login from {@code HDS_DB_USER} / {@code HDS_DB_PASSWORD}; without them the URL's own (integrated
 * authentication, or user and password in the URL). The password is never printed.
 */
public record HdsSource(String url, String schema, String user, String password) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** @throws BadInputException for a URL that is not a JDBC URL, or a schema that is not a plain name */
    public static HdsSource resolve(String url, String schema, Map<String, String> env) {
        if (!url.startsWith("jdbc:")) {
            throw new BadInputException("import: --jdbc '" + DatabaseSettings.redacted(url) + "' is not a JDBC URL"
                    + " (jdbc:sqlserver://host:1433;databaseName=…)");
        }
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new BadInputException("recon.hds.schema (RECON_HDS_SCHEMA) '" + schema + "' is not a schema name");
        }
        return new HdsSource(url, schema, env.get("HDS_DB_USER"), env.get("HDS_DB_PASSWORD"));
    }

    /** The URL as it may be printed and as the watermarks name the source. */
    public String redactedUrl() {
        return DatabaseSettings.redacted(url);
    }

    /** @throws BadInputException when the HDS cannot be reached or refuses the login */
    Connection connect() {
        Properties login = new Properties();
        if (user != null && !user.isBlank()) {
            login.setProperty("user", user);
        }
        if (password != null) {
            login.setProperty("password", password);
        }
        try {
            return DriverManager.getConnection(url, login);
        } catch (SQLException e) {
            throw new BadInputException("import: cannot read the HDS at " + redactedUrl() + ": "
                    + DatabaseSettings.redacted(String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public String toString() {
        return "HdsSource[" + redactedUrl() + ", schema " + schema + "]";
    }
}
