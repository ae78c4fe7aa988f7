package org.outagerecon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.db.recon.Tables.OUTAGE;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.db.recon.tables.records.OutageRecord;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.Window;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TableDump;
import org.outagerecon.support.TestDatabase;
import picocli.CommandLine;

/**
 * rules.md §8.3 and data-contract.md §3: confirming, correcting, dismissing and adding outages from the command
 * line, on H2 and PostgreSQL with the same fixture (the basic one, its PG-1 outage taken out of outage.csv and
 * written into recon.outage as detection would write it).
 */
class OutageDecisionFunctionalTests {

    static final Path BASIC = Path.of("src/test/resources/fixtures/basic");
    static final Window DAY = ReconTestRun.window("2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z");
    static final String SUSPECTED = "SUSPECTED-PG-5000-20261119T100000.000Z";
    static final String OUTAGE_HEADER = "outage_id,component,side,peripheral_id,mr_domain_id,started_at,ended_at,note\n";
    /** The basic fixture's outages but PG-1. */
    static final String OTHER_OUTAGES = """
            APC-1,AGENT_PG_CTI,,5000,,2026-11-19T11:00:00Z,2026-11-19T11:30:00Z,chat application path down
            PIM-1,PIM,A,5001,,2026-11-19T12:00:00Z,2026-11-19T12:20:00Z,ACD link down
            FIN-1,FINESSE,,5000,,2026-11-19T14:00:00Z,2026-11-19T14:03:00Z,Finesse server restart
            RL-1,ROUTER_LINK,,5001,,2026-11-19T17:00:00Z,2026-11-19T17:15:00Z,
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private int run(ReconTestRun db, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(Stream.concat(Stream.of(args), Stream.of("--db", db.dbOption()))
                .toArray(String[]::new));
    }

    /** The basic fixture with the given outage.csv rows (after the header). */
    private Path fixture(String name, String outageRows) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        try (Stream<Path> files = Files.list(BASIC)) {
            for (Path file : files.filter(file -> !file.getFileName().toString().equals("outage.csv")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Files.writeString(dir.resolve("outage.csv"), OUTAGE_HEADER + outageRows);
        return dir;
    }

    /** The day reconciled without PG-1; then PG-1 recorded as detection records it, under its §8.3 id. */
    private ReconTestRun withSuspectedOutage(TestDatabase kind, String end) throws Exception {
        ReconTestRun run = ReconTestRun.start(kind);
        run.importDirectory(fixture("without-pg-1", OTHER_OUTAGES));
        run.reconcile(DAY);
        insert(run, SUSPECTED, "SUSPECTED", end);
        return run;
    }

    private static void insert(ReconTestRun run, String id, String status, String end) {
        run.dsl().insertInto(OUTAGE).set(new OutageRecord(id, "PG", null, 5000, null, utc("2026-11-19T10:00:00Z"),
                end == null ? null : utc(end), status, "INFERRED",
                "4 agents of 4 logged on dropped with reason -1 within 1 s")).execute();
    }

    private static OffsetDateTime utc(String instant) {
        return Instants.utc(Instant.parse(instant).toEpochMilli());
    }

    private static List<String> outages(ReconTestRun run) {
        return TableDump.rows(run.dsl(), OUTAGE);
    }

    private static List<String> outageRow(ReconTestRun run, String id) {
        return run.lines("SELECT outage_id, component, side, peripheral_id, mr_domain_id, started_at, ended_at, status,"
                + " origin FROM recon.outage WHERE outage_id = ?", id);
    }

    private String errorLine() {
        assertThat(err.toString().lines()).as("one line on stderr: %s", err).hasSize(1);
        return err.toString().strip();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void confirmThenRerunGivesTheTablesOfTheSameOutageImported(TestDatabase kind) throws Exception {
        Map<String, List<String>> imported;
        List<String> importedOutages;
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(fixture("imported", SUSPECTED + ",PG,,5000,,2026-11-19T10:00:00Z,2026-11-19T10:05:00Z,"
                    + "from the ticket\n" + OTHER_OUTAGES));
            run.reconcile(DAY);
            imported = run.reconciledTables();
            importedOutages = outageColumns(run);
        }
        try (ReconTestRun run = withSuspectedOutage(kind, null)) {
            assertThat(run.reconciledTables()).as("a suspected outage changes nothing").isNotEqualTo(imported);

            assertThat(run(run, "outage", "confirm", SUSPECTED, "--end", "2026-11-19T10:05:00Z", "--rerun"))
                    .as(err.toString()).isZero();

            assertThat(out.toString()).contains("Confirmed " + SUSPECTED + ": PG, peripheral 5000, "
                            + "2026-11-19T10:00:00Z to 2026-11-19T10:05:00Z (CONFIRMED, origin INFERRED).",
                    "Reconciled [2026-11-19T00:00:00Z, 2026-11-20T00:00:00Z)", "recon.agent_state_span: 0 -> ")
                    .doesNotContain("recon.agent_state_span: 0 -> 0");
            assertThat(run.reconciledTables()).isEqualTo(imported);
            assertThat(outageColumns(run)).isEqualTo(importedOutages);
            assertThat(run.lines("SELECT status, origin, note FROM recon.outage WHERE outage_id = ?", SUSPECTED))
                    .containsExactly("CONFIRMED INFERRED 4 agents of 4 logged on dropped with reason -1 within 1 s");
        }
    }

    /** recon.outage but the columns a decision sets (origin, status) and the free text. */
    private static List<String> outageColumns(ReconTestRun run) {
        return run.lines("SELECT outage_id, component, side, peripheral_id, mr_domain_id, started_at, ended_at "
                + "FROM recon.outage ORDER BY outage_id");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void confirmingAnOpenOutageKeepsItOpenAndConfirmingAgainChangesNothing(TestDatabase kind) throws Exception {
        try (ReconTestRun run = withSuspectedOutage(kind, null)) {
            Map<String, List<String>> tables = run.reconciledTables();

            assertThat(run(run, "outage", "confirm", SUSPECTED)).isZero();
            assertThat(out.toString()).contains("Confirmed " + SUSPECTED + ": PG, peripheral 5000, "
                            + "2026-11-19T10:00:00Z to open (CONFIRMED, origin INFERRED).",
                    "It has no end and stays open",
                    "to apply it now: java -jar target/outage-recon.jar reconcile --outage " + SUSPECTED);
            assertThat(outageRow(run, SUSPECTED))
                    .containsExactly(SUSPECTED + " PG null 5000 null 19 10:00:00 null CONFIRMED INFERRED");
            assertThat(run.reconciledTables()).as("without --rerun, no run").isEqualTo(tables);
            List<String> confirmed = outages(run);

            assertThat(run(run, "outage", "confirm", SUSPECTED)).isZero();
            assertThat(out.toString()).contains("Already confirmed as given, nothing changed: " + SUSPECTED
                    + ": PG, peripheral 5000, 2026-11-19T10:00:00Z to open (CONFIRMED, origin INFERRED).");
            assertThat(outages(run)).isEqualTo(confirmed);

            assertThat(run(run, "outage", "confirm", SUSPECTED, "--end", "2026-11-19T10:05:00Z")).isZero();
            assertThat(out.toString()).contains("Confirmed", "to 2026-11-19T10:05:00Z").doesNotContain("stays open");
            List<String> closed = outages(run);
            assertThat(run(run, "outage", "confirm", SUSPECTED, "--end", "2026-11-19T10:05:00Z", "--component", "PG"))
                    .isZero();
            assertThat(out.toString()).contains("Already confirmed as given, nothing changed");
            assertThat(outages(run)).isEqualTo(closed);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDismissedOutageAppliesNothing(TestDatabase kind) throws Exception {
        try (ReconTestRun run = withSuspectedOutage(kind, "2026-11-19T10:05:00Z")) {
            Map<String, List<String>> tables = run.reconciledTables();

            assertThat(run(run, "outage", "dismiss", SUSPECTED)).isZero();
            assertThat(out.toString()).contains("Dismissed " + SUSPECTED + ": PG, peripheral 5000, "
                    + "2026-11-19T10:00:00Z to 2026-11-19T10:05:00Z (DISMISSED, origin INFERRED).");
            assertThat(outageRow(run, SUSPECTED)).containsExactly(
                    SUSPECTED + " PG null 5000 null 19 10:00:00 19 10:05:00 DISMISSED INFERRED");
            run.reconcile(DAY);
            assertThat(run.reconciledTables()).isEqualTo(tables);
            assertThat(run(run, "reconcile", "--outage", SUSPECTED)).isEqualTo(Main.BAD_INPUT);

            List<String> dismissed = outages(run);
            assertThat(run(run, "outage", "dismiss", SUSPECTED)).isZero();
            assertThat(out.toString()).contains(SUSPECTED + " is already dismissed: nothing changed.");
            assertThat(outages(run)).isEqualTo(dismissed);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void decisionsSurviveAnImportThatDoesNotNameThemAndARowWithTheSameIdReplacesThem(TestDatabase kind)
            throws Exception {
        try (ReconTestRun run = withSuspectedOutage(kind, "2026-11-19T10:05:00Z")) {
            String dismissed = "SUSPECTED-PG-5001-20261119T100000.000Z";
            insert(run, dismissed, "SUSPECTED", null);
            run.dsl().update(OUTAGE).set(OUTAGE.PERIPHERAL_ID, 5001).where(OUTAGE.OUTAGE_ID.eq(dismissed)).execute();
            assertThat(run(run, "outage", "confirm", SUSPECTED)).isZero();
            assertThat(run(run, "outage", "dismiss", dismissed)).isZero();
            assertThat(run(run, "outage", "add", "--component", "MR_PG", "--mrd", "2", "--start",
                    "2026-11-19T15:00:00.250Z", "--end", "2026-11-19T15:10:00Z", "--note", "MR PG restarted")).isZero();
            String manual = "MANUAL-MR_PG-2-20261119T150000.250Z";
            assertThat(out.toString()).contains("Recorded " + manual + ": MR_PG, MRD 2, 2026-11-19T15:00:00.250Z to "
                    + "2026-11-19T15:10:00Z (CONFIRMED, origin MANUAL).");
            List<String> decided = outages(run);

            run.importDirectory(BASIC);

            List<String> afterImport = outages(run);
            assertThat(afterImport).containsAll(decided.stream().filter(row -> !row.startsWith("PG-1|")).toList())
                    .hasSize(decided.size() + 1);

            run.importDirectory(fixture("naming-it", SUSPECTED + ",PG,B,5000,,2026-11-19T10:00:00Z,"
                    + "2026-11-19T10:07:00Z,from the ticket\n"));
            assertThat(run.lines("SELECT side, ended_at, status, origin, note FROM recon.outage WHERE outage_id = ?",
                    SUSPECTED)).containsExactly("B 19 10:07:00 CONFIRMED IMPORTED from the ticket");
            assertThat(outageRow(run, dismissed)).singleElement().asString().endsWith("DISMISSED INFERRED");
            assertThat(outageRow(run, manual)).singleElement().asString().endsWith("CONFIRMED MANUAL");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badInputExitsWith2WithOneLineAndChangesNothing(TestDatabase kind) throws Exception {
        try (ReconTestRun run = withSuspectedOutage(kind, null)) {
            String dismissed = "SUSPECTED-PG-5000-20261119T140000.000Z";
            insert(run, dismissed, "DISMISSED", "2026-11-19T14:05:00Z");
            List<String> before = outages(run);
            String start = "--start=2026-11-19T15:00:00Z";
            String[][] cases = {
                    {"no outage with id 'NOPE' (see: outages)", "outage", "confirm", "NOPE"},
                    {"outage '" + dismissed + "' was dismissed and cannot be confirmed", "outage", "confirm", dismissed},
                    {"cannot confirm outage '" + SUSPECTED + "': mr_domain_id: required for component MR_PG",
                            "outage", "confirm", SUSPECTED, "--component", "MR_PG", "--rerun"},
                    {"ended_at: 2026-11-19T09:00Z is not after started_at 2026-11-19T10:00Z",
                            "outage", "confirm", SUSPECTED, "--end", "2026-11-19T09:00:00Z"},
                    {"ended_at: 2026-11-19T10:00Z is not after started_at 2026-11-19T10:00Z",
                            "outage", "confirm", SUSPECTED, "--end", "2026-11-19T10:00:00Z"},
                    {"not an ISO-8601 instant", "outage", "confirm", SUSPECTED, "--end", "2026-11-19 10:05"},
                    {"Invalid value for option '--component'", "outage", "confirm", SUSPECTED, "--component", "PBX"},
                    {"no outage with id 'NOPE'", "outage", "dismiss", "NOPE"},
                    {"outage 'PIM-1' is CONFIRMED (origin IMPORTED); only a suspected outage can be dismissed",
                            "outage", "dismiss", "PIM-1"},
                    {"cannot add the outage: peripheral_id: required for component PG",
                            "outage", "add", "--component", "PG", start},
                    {"cannot add the outage: peripheral_id: required for component AGENT_PG_CTI",
                            "outage", "add", "--component", "AGENT_PG_CTI", "--mrd", "2", start},
                    {"cannot add the outage: mr_domain_id: required for component MR_PIM",
                            "outage", "add", "--component", "MR_PIM", "--peripheral", "5000", start},
                    {"cannot add the outage: mr_domain_id: required for component CHAT_SERVER",
                            "outage", "add", "--component", "CHAT_SERVER", "--peripheral", "5000", start},
                    {"ended_at: 2026-11-19T15:00Z is not after started_at 2026-11-19T15:00Z",
                            "outage", "add", "--component", "PG", "--peripheral", "5000", start,
                            "--end", "2026-11-19T15:00:00Z"},
                    {"ended_at: 2026-11-19T14:00Z is not after", "outage", "add", "--component", "PG",
                            "--peripheral", "5000", start, "--end", "2026-11-19T14:00:00Z"},
                    {"Invalid value for option '--component'", "outage", "add", "--component", "PBX",
                            "--peripheral", "5000", start},
                    {"Missing required option: '--start=T'", "outage", "add", "--component", "PG", "--peripheral", "5000"},
                    {"an outage with id 'APC-1' exists already (CONFIRMED, origin IMPORTED); give another --id",
                            "outage", "add", "--component", "PG", "--peripheral", "5000", start, "--id", "APC-1"},
            };
            SoftAssertions softly = new SoftAssertions();
            for (String[] badInput : cases) {
                String[] args = Arrays.copyOfRange(badInput, 1, badInput.length);
                softly.assertThat(run(run, args)).as(String.join(" ", args)).isEqualTo(Main.BAD_INPUT);
                softly.assertThat(err.toString().lines()).as("one line on stderr: %s", err).hasSize(1);
                softly.assertThat(err.toString()).as(String.join(" ", args)).startsWith("error: ")
                        .contains(badInput[0]);
                softly.assertThat(outages(run)).as(String.join(" ", args)).isEqualTo(before);
            }
            softly.assertAll();
        }
    }

    /** A run replacing the suspected outages of its window holds their rows: a decision waits for nothing. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDecisionOnARowThatARunHoldsExitsWith4AndChangesNothing(TestDatabase kind) throws Exception {
        try (ReconTestRun run = withSuspectedOutage(kind, null)) {
            List<String> before = outages(run);
            try (Connection replacing = run.bean(DataSource.class).getConnection()) {
                replacing.setAutoCommit(false);
                try (PreparedStatement hold = replacing.prepareStatement(
                        "SELECT outage_id FROM recon.outage WHERE outage_id = ? FOR UPDATE")) {
                    hold.setString(1, SUSPECTED);
                    hold.executeQuery().close();
                }

                assertThat(run(run, "outage", "confirm", SUSPECTED)).isEqualTo(Main.WINDOW_BUSY);
                assertThat(errorLine()).isEqualTo("error: outage '" + SUSPECTED + "' is being changed by a run or "
                        + "another decision; try again when it has finished");
                assertThat(run(run, "outage", "dismiss", SUSPECTED)).isEqualTo(Main.WINDOW_BUSY);
                replacing.rollback();
            }
            assertThat(outages(run)).isEqualTo(before);
            assertThat(run(run, "outage", "dismiss", SUSPECTED)).isZero();
        }
    }

    /**
     * The README's section on decisions: its queries run, the first gives what {@code outages} shows (the same
     * definition of the agents and tasks an outage changed), and the {@code outages} table for the basic fixture.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void outagesListsWhatEachOutageChangedAsTheReadmeQueryDefinesIt(TestDatabase kind) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            run.importDirectory(BASIC);
            run.reconcile(DAY);
            insert(run, SUSPECTED, "SUSPECTED", null);
            insert(run, "SUSPECTED-PG-5000-20261119T100000.000Z-dismissed", "DISMISSED", "2026-11-19T10:01:00Z");

            assertThat(run(run, "outages")).isZero();
            List<String> listed = out.toString().lines().filter(line -> line.startsWith("|")).skip(1)
                    .map(line -> line.replaceAll("\\s*\\|\\s*", "|")).toList();
            assertThat(listed).containsExactly(
                    "|PG-1|PG|peripheral 5000 side A|2026-11-19T10:00:00Z|2026-11-19T10:05:00Z|CONFIRMED|IMPORTED|3|0|",
                    "|" + SUSPECTED + "|PG|peripheral 5000|2026-11-19T10:00:00Z|{null}|SUSPECTED|INFERRED|0|0|",
                    "|SUSPECTED-PG-5000-20261119T100000.000Z-dismissed|PG|peripheral 5000|2026-11-19T10:00:00Z|"
                            + "2026-11-19T10:01:00Z|DISMISSED|INFERRED|0|0|",
                    "|APC-1|AGENT_PG_CTI|peripheral 5000|2026-11-19T11:00:00Z|2026-11-19T11:30:00Z|CONFIRMED|IMPORTED|0|3|",
                    "|PIM-1|PIM|peripheral 5001 side A|2026-11-19T12:00:00Z|2026-11-19T12:20:00Z|CONFIRMED|IMPORTED|1|0|",
                    "|FIN-1|FINESSE|peripheral 5000|2026-11-19T14:00:00Z|2026-11-19T14:03:00Z|CONFIRMED|IMPORTED|4|0|",
                    "|RL-1|ROUTER_LINK|peripheral 5001|2026-11-19T17:00:00Z|2026-11-19T17:15:00Z|CONFIRMED|IMPORTED|0|0|");
            assertThat(out.toString()).contains("(7 outages)");

            List<String> queries = readmeQueries();
            assertThat(queries).hasSize(2);
            assertThat(run.lines(queries.get(0)).stream().map(row -> row.replaceAll("^(\\S+) .* (\\d+) (\\d+)$",
                    "$1 $2 $3")).toList()).isEqualTo(listed.stream().map(row -> row.split("\\|"))
                    .map(cells -> cells[1] + " " + cells[8] + " " + cells[9]).toList());
            assertThat(run.lines(queries.get(1))).hasSize(2).allMatch(row -> row.contains("SUSPECTED-PG-5000"));

            assertThat(run(run, "outages", "--status", "suspected")).isZero();
            assertThat(out.toString()).contains(SUSPECTED, "(1 outages)");
            assertThat(run(run, "outages", "--from", "2026-11-19T10:05:00Z", "--to", "2026-11-19T12:00:00Z")).isZero();
            assertThat(out.toString()).contains(SUSPECTED, "APC-1", "(2 outages)").doesNotContain("PG-1 ", "PIM-1");
        }
    }

    private static List<String> readmeQueries() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Confirming, correcting and dismissing outages");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<String> queries = new ArrayList<>();
        Matcher sql = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (sql.find()) {
            queries.add(sql.group(1).strip());
        }
        return queries;
    }
}
