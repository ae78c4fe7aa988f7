package org.outagerecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.support.HdsStandIn;
import org.outagerecon.support.TestDatabase;
import picocli.CommandLine;

/** data-contract.md §3: the exit codes, and one clear line on stderr for every error. */
class CommandLineFunctionalTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String db;

    @BeforeEach
    void newDatabase() {
        db = "jdbc:h2:mem:cli_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String errorLine() {
        assertThat(err.toString().lines()).as("one line on stderr: %s", err).hasSize(1);
        return err.toString().strip();
    }

    @Test
    void importsAndReconcilesTheFixture() {
        assertThat(run("import", "--dir", "src/test/resources/fixtures/basic", "--db", db)).isZero();
        assertThat(run("reconcile", "--from", "2026-11-19T00:00:00Z", "--to", "2026-11-20T00:00:00Z", "--db", db))
                .isZero();
        assertThat(out.toString()).contains("Reconciled [2026-11-19T00:00:00Z, 2026-11-20T00:00:00Z)",
                "POST_FAILOVER_WRAPUP", "TASK_LIFE_EXPIRED", "PIM-1");
        assertThat(run("sql", "SELECT COUNT(*) AS runs FROM recon.run WHERE status = 'COMPLETED'", "--db", db)).isZero();
        assertThat(out.toString()).contains("(1 rows)");
    }

    @Test
    void rejectedRowsExitWith3AndTheGoodRowsLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("agent.csv"), "skill_target_id,peripheral_id\n1001,5000\nabc,5000\n1002,5000\n");

        assertThat(run("import", "--dir", dir.toString(), "--db", db)).isEqualTo(Main.REJECTED_ROWS);
        assertThat(errorLine()).contains("1 rows rejected", "recon.import_reject");
        err.getBuffer().setLength(0);
        run("sql", "SELECT skill_target_id FROM hds.agent ORDER BY 1", "--db", db);
        assertThat(out.toString()).contains("1001", "1002", "(2 rows)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no command                  | -                                                                            | Missing command
            unknown option              | reconcile --form 2026-11-19T00:00:00Z                                        | Unknown option
            instant without offset      | reconcile --from 2026-11-19T00:00 --to 2026-11-20T00:00:00Z                  | not an ISO-8601 instant
            window not aligned          | reconcile --from 2026-11-19T00:10:00Z --to 2026-11-20T00:00:00Z              | not aligned to 30-minute intervals in UTC
            ... but to 15 minutes       | reconcile --from 2026-11-19T00:15:00Z --to 2026-11-20T00:00:00Z              | (try --interval-minutes 15)
            empty window                | reconcile --from 2026-11-19T00:00:00Z --to 2026-11-19T00:00:00Z              | must be after
            interval length             | reconcile --from 2026-11-19T00:00:00Z --to 2026-11-20T00:00:00Z --interval-minutes 20 | must be 15 or 30
            window and outage           | reconcile --from 2026-11-19T00:00:00Z --to 2026-11-20T00:00:00Z --outage X   | expected only one match
            unknown outage              | reconcile --outage NOPE                                                      | no confirmed outage with id 'NOPE'
            bad partition               | nightly --partition 4/4                                                      | --partition must be I/N
            bad date                    | nightly --date 2026-13-01                                                    | --date
            missing directory           | import --dir does/not/exist                                                  | is not a directory
            no input files              | import --dir src/test/resources                                              | holds none of the input files (agent.csv
            bad state codes             | import --dir sample-data --state-codes xyz                                   | --state-codes
            bad zone                    | import --dir sample-data --source-zone Mars/Base                             | --source-zone
            bad SQL                     | sql "SELECT nonsense FROM nowhere"                                            | the database refused the statement
            unknown report outage       | report --outage NOPE                                                         | no outage with id 'NOPE'
            report window backwards     | report --from 2026-11-20T00:00:00Z --to 2026-11-19T00:00:00Z                 | must be after
            report window and outage    | report --from 2026-11-19T00:00:00Z --to 2026-11-20T00:00:00Z --outage X      | expected only one match
            """)
    void badArgumentsExitWith2AndOneLine(String description, String arguments, String message) {
        String[] args = "-".equals(arguments.strip()) ? new String[0]
                : (arguments.strip() + " --db " + db).split(" (?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        for (int i = 0; i < args.length; i++) {
            args[i] = args[i].replace("\"", "");
        }

        assertThat(run(args)).isEqualTo(Main.BAD_INPUT);
        assertThat(errorLine()).startsWith("error: ").contains(message);
    }

    @Test
    void theHintForFifteenMinutesIsGivenOnlyWhereItHelps() {
        assertThat(run("reconcile", "--from", "2026-11-19T00:10:00Z", "--to", "2026-11-20T00:00:00Z", "--db", db))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(errorLine()).doesNotContain("--interval-minutes 15");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            recon.lookback-days    | abc | recon.lookback-days (RECON_LOOKBACK_DAYS) must be a whole number, not 'abc'
            recon.interval-minutes | x   | recon.interval-minutes (RECON_INTERVAL_MINUTES) must be a whole number
            recon.interval-minutes | 20  | recon.interval-minutes (RECON_INTERVAL_MINUTES) must be 15 or 30, not 20
            recon.zone             | Mars/Base | recon.zone (RECON_ZONE) 'Mars/Base' is not a time zone
            """)
    void aBadSettingExitsWith2AndNamesIt(String property, String value, String message) {
        System.setProperty(property, value);
        try {
            assertThat(run("nightly", "--date", "2026-11-19", "--db", db)).isEqualTo(Main.BAD_INPUT);
            assertThat(errorLine()).contains(message);
        } finally {
            System.clearProperty(property);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nonsense                                        | database URL 'nonsense' is neither
            jdbc:mysql://db.example.com/recon?password=pw   | database URL 'jdbc:mysql://db.example.com/recon?password=***'
            """)
    void aDatabaseUrlOfAnotherKindExitsWith2(String url, String message) {
        assertThat(run("sql", "SELECT 1", "--db", url)).isEqualTo(Main.BAD_INPUT);
        assertThat(errorLine()).contains(message).doesNotContain("=pw");
    }

    @Test
    void aPasswordInTheUserInfoOfTheUrlIsMaskedToo() {
        assertThat(run("sql", "SELECT 1", "--db", "jdbc:postgresql://bob:s3cret@127.0.0.1:1/recon"))
                .isEqualTo(Main.FAILED);
        assertThat(errorLine()).contains("jdbc:postgresql://bob:***@127.0.0.1:1/recon").doesNotContain("s3cret");
    }

    @Test
    void anUnreachableDatabaseExitsWith1AndNamesItWithoutThePassword() {
        int exitCode = run("sql", "SELECT 1", "--db", "jdbc:postgresql://127.0.0.1:1/recon?user=x&password=secret");

        assertThat(exitCode).isEqualTo(Main.FAILED);
        assertThat(errorLine()).contains("cannot use database jdbc:postgresql://127.0.0.1:1/recon?user=x&password=***")
                .doesNotContain("secret");
    }

    @Test
    void importJdbcReadsTheHdsAndPrintsTheTablesRead() throws Exception {
        try (HdsStandIn hds = HdsStandIn.create(TestDatabase.H2)) {
            hds.execute("INSERT INTO dbo.t_Agent (SkillTargetID, PeripheralID, EnterpriseName) VALUES (1001, 5000, 'Alice')");

            assertThat(run("import", "--jdbc", hds.url(), "--db", db)).isZero();
            assertThat(out.toString()).contains("table", "Agent ", "Agent_State_Trace");
            out.getBuffer().setLength(0);
            run("sql", "SELECT skill_target_id, enterprise_name FROM hds.agent", "--db", db);
            assertThat(out.toString()).contains("1001", "Alice");
        }
    }

    @Test
    void anUnreachableHdsExitsWith2AndNamesItWithoutThePassword() {
        int exitCode = run("import", "--jdbc", "jdbc:postgresql://127.0.0.1:1/hds?user=x&password=secret", "--db", db);

        assertThat(exitCode).isEqualTo(Main.BAD_INPUT);
        assertThat(errorLine()).startsWith("error: import: cannot read the HDS at "
                + "jdbc:postgresql://127.0.0.1:1/hds?user=x&password=***: ").doesNotContain("secret");
    }

    /** The tables are all checked before any loads: nothing is loaded, not even the tables that are fine. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            DROP TABLE dbo.t_Termination_Call_Detail                | error: import: the HDS has no table dbo.t_Termination_Call_Detail or view dbo.Termination_Call_Detail that this login may read (
            ALTER TABLE dbo.t_Agent_State_Trace DROP COLUMN AgentState | error: import: HDS table dbo.t_Agent_State_Trace: missing required column agent_state
            ALTER TABLE dbo.t_Media_Class DROP COLUMN Name           | error: import: HDS table t_Media_Class: missing required column Name
            """)
    void aMissingTableOrColumnExitsWith2AndLoadsNothing(String change, String error) throws Exception {
        try (HdsStandIn hds = HdsStandIn.create(TestDatabase.H2)) {
            hds.execute("INSERT INTO dbo.t_Agent (SkillTargetID, PeripheralID) VALUES (1001, 5000)");
            hds.execute(change);

            assertThat(run("import", "--jdbc", hds.url(), "--db", db)).isEqualTo(Main.BAD_INPUT);
            assertThat(errorLine()).startsWith(error);
            err.getBuffer().setLength(0);
            run("sql", "SELECT COUNT(*) AS agents FROM hds.agent", "--db", db);
            assertThat(out.toString()).contains("0", "(1 rows)");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            import --jdbc hds.example.com                                  | error: import: --jdbc 'hds.example.com' is not a JDBC URL
            import --dir src/test/resources/fixtures/basic --since-key 5    | error: import: --since-key goes with --jdbc, not --dir
            import --dir src/test/resources/fixtures/basic --jdbc jdbc:h2:mem:x | error: --dir=DIR, --jdbc=URL are mutually exclusive
            """)
    void badImportArgumentsExitWith2(String arguments, String error) {
        List<String> args = new ArrayList<>(List.of(arguments.split(" ")));
        args.addAll(List.of("--db", db));

        assertThat(run(args.toArray(String[]::new))).isEqualTo(Main.BAD_INPUT);
        assertThat(errorLine()).startsWith(error);
    }
}
