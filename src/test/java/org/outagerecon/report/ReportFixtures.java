package org.outagerecon.report;

import static org.outagerecon.db.recon.Tables.OUTAGE;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outagerecon.cli.Main;
import org.outagerecon.domain.Window;
import org.outagerecon.support.ReconTestRun;
import picocli.CommandLine;

/** The sample day as the report tests use it: reconciled, with a suspected outage that detection would record. */
final class ReportFixtures {

    static final Path SAMPLE_DATA = Path.of("sample-data");
    static final String FROM = "2026-11-19T00:00:00Z";
    static final String TO = "2026-11-20T00:00:00Z";
    static final Window DAY = ReconTestRun.window(FROM, TO);
    static final String SUSPECTED_ID = "SUSPECTED-PG-5001-20261119T101213.196Z";

    private ReportFixtures() {
    }

    /** Imports and reconciles the sample day, then records a suspected outage the way detection does (SQL). */
    static void sampleDayWithSuspectedOutage(ReconTestRun run) throws Exception {
        run.importDirectory(SAMPLE_DATA);
        run.reconcile(DAY);
        addPgOutage(run, SUSPECTED_ID, 5001, "2026-11-19T10:12:13.196Z", "2026-11-19T10:14:02.500Z", "SUSPECTED",
                "6 of 8 logged-on agents of peripheral 5001 (75%) dropped within 3.2 s, reason 50002;"
                        + " half of them were back after 1 min 49 s");
    }

    /** A PG outage row as import (CONFIRMED) or detection (SUSPECTED) writes it; {@code end} null: open. */
    static void addPgOutage(ReconTestRun run, String id, int peripheralId, String start, String end, String status,
                            String note) {
        run.dsl().insertInto(OUTAGE).set(OUTAGE.OUTAGE_ID, id).set(OUTAGE.COMPONENT, "PG")
                .set(OUTAGE.PERIPHERAL_ID, peripheralId).set(OUTAGE.STARTED_AT, OffsetDateTime.parse(start))
                .set(OUTAGE.ENDED_AT, end == null ? null : OffsetDateTime.parse(end)).set(OUTAGE.STATUS, status)
                .set(OUTAGE.ORIGIN, "SUSPECTED".equals(status) ? "INFERRED" : "IMPORTED").set(OUTAGE.NOTE, note)
                .execute();
    }

    /** Runs {@code report} as a user would, in this process; returns what it printed. */
    static String report(ReconTestRun run, String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("report"));
        args.addAll(List.of(arguments));
        args.addAll(List.of("--db", run.dbOption()));
        int exitCode = commandLine.execute(args.toArray(String[]::new));
        if (exitCode != 0) {
            throw new AssertionError("report exited with " + exitCode + ": " + err);
        }
        return out.toString().strip();
    }

    /** The page {@code report} writes into {@code dir}. */
    static String page(ReconTestRun run, Path dir, String... arguments) throws IOException {
        Path file = dir.resolve("report.html");
        List<String> args = new ArrayList<>(List.of(arguments));
        args.addAll(List.of("--out", file.toString()));
        report(run, args.toArray(String[]::new));
        return Files.readString(file);
    }

    static String readmeQuery(String containing) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher sql = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<String> found = new ArrayList<>();
        while (sql.find()) {
            if (sql.group(1).contains(containing)) {
                found.add(sql.group(1).strip());
            }
        }
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " README queries contain '" + containing + "'");
        }
        return found.get(0);
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
