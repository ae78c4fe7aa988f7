package org.outagerecon.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.TXTFormat;
import org.outagerecon.system.BadInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run one SQL statement against the configured database and print the result as a table.")
class SqlCommand extends DatabaseCommand {

    @Parameters(paramLabel = "SQL", description = "The statement, e.g. \"SELECT * FROM recon.run\".")
    String sql;

    @Override
    protected int run(ConfigurableApplicationContext context) throws Exception {
        DSLContext dsl = context.getBean(DSLContext.class);
        try (Connection connection = context.getBean(DataSource.class).getConnection();
             Statement statement = connection.createStatement()) {
            if (execute(statement)) {
                var result = dsl.fetch(statement.getResultSet());
                out().print(result.format(new TXTFormat().maxRows(Integer.MAX_VALUE).maxColWidth(60)));
                out().println("(" + result.size() + " rows)");
            } else {
                out().println(statement.getUpdateCount() + " rows changed");
            }
        }
        return 0;
    }

    /** A statement the database refuses is bad input (exit 2), not a failed job. */
    private boolean execute(Statement statement) {
        try {
            return statement.execute(sql);
        } catch (SQLException e) {
            throw new BadInputException("the database refused the statement: " + e.getMessage(), e);
        }
    }
}
