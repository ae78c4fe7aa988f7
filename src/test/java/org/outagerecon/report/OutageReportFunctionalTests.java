package org.outagerecon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.report.ReportFixtures.FROM;
import static org.outagerecon.report.ReportFixtures.SUSPECTED_ID;
import static org.outagerecon.report.ReportFixtures.TO;
import static org.outagerecon.report.ReportFixtures.page;
import static org.outagerecon.report.ReportFixtures.readmeQuery;
import static org.outagerecon.report.ReportFixtures.report;
import static org.outagerecon.report.ReportFixtures.unescape;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;

/**
 * data-contract.md §4: the report of the sample day shows every outage, and every number in it equals what the
 * README's queries give, on H2 and PostgreSQL.
 */
class OutageReportFunctionalTests {

    private static final Pattern FIGURE = Pattern.compile("<span class=\"value\" data-figure=\"([^\"]+)\" "
            + "data-outage=\"([^\"]+)\"((?: data-[a-z]+=\"[^\"]*\")*) data-value=\"(\\d+)\">([^<]*)</span>");
    private static final Pattern TIMELINE_ROW = Pattern.compile("<div class=\"tl-row\"><div class=\"tl-label\"><b>(\\d+)"
            + "</b>.*?· MRD (\\d+)");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theFiguresOfTheSampleDayEqualTheReadmeQueries(TestDatabase kind, @TempDir Path dir) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            ReportFixtures.sampleDayWithSuspectedOutage(run);
            Path file = dir.resolve("day.html");

            assertThat(report(run, "--from", FROM, "--to", TO, "--out", file.toString()))
                    .isEqualTo(file.toAbsolutePath().toString());
            String html = Files.readString(file);

            Map<String, Long> expected = figuresBySql(run);
            assertThat(figuresOnThePage(html)).isEqualTo(expected);
            // The sample exercises every kind of figure, so a figure that always read 0 would be caught.
            assertThat(expected).containsEntry("agents-affected|2026-11-19-PG-5000-A", 9L)
                    .containsEntry("tasks-ended-42|2026-11-19-AGENT_PG_CTI-5000", 4L)
                    .containsEntry("tasks-orphaned|2026-11-19-CHAT_SERVER-MRD2", 3L)
                    .containsEntry("tasks-changed|2026-11-19-CHAT_SERVER-MRD2|rule=CHAT_SESSION_LOST", 10L)
                    .containsEntry("gap-rows|2026-11-19-PIM-5001-A|kind=DATA_LOST", 5L);
            assertThat(expected.get("data-lost-seconds|2026-11-19-PIM-5001-A")).isPositive();
            assertThat(expected.get("intervals-incomplete|2026-11-19-FINESSE-5000-A")).isPositive();
            assertThat(expected.get("logged-out-seconds|2026-11-19-CTI_MANAGER-5000-B")).isPositive();
        }
    }

    /** The summary lists confirmed outages by start, then suspected ones; a suspected one says how to confirm it. */
    @Test
    void theWindowListsConfirmedOutagesByStartThenSuspectedOnesWithTheirConfirmCommand(@TempDir Path dir)
            throws Exception {
        try (ReconTestRun run = ReconTestRun.start(TestDatabase.H2)) {
            ReportFixtures.sampleDayWithSuspectedOutage(run);
            String html = page(run, dir, "--from", FROM, "--to", TO);

            List<String> summary = new ArrayList<>();
            Matcher link = Pattern.compile("<td data-label=\"outage\"><a href=\"#(outage-\\d+)\">([^<]+)</a></td>").matcher(html);
            while (link.find()) {
                summary.add(unescape(link.group(2)));
                assertThat(html).contains("<section class=\"outage\" id=\"" + link.group(1) + "\">\n<h2><span class=\""
                        + "status status-" + (link.group(2).startsWith("SUSPECTED-") ? "SUSPECTED" : "CONFIRMED") + "\">");
            }
            List<String> confirmedByStart = run.lines("SELECT outage_id FROM recon.outage WHERE status = 'CONFIRMED'"
                    + " ORDER BY started_at, outage_id");
            List<String> expected = new ArrayList<>(confirmedByStart);
            // The fixture's suspected outage and those detection found in the sample day.
            expected.addAll(run.lines("SELECT outage_id FROM recon.outage WHERE status = 'SUSPECTED'"
                    + " ORDER BY started_at, outage_id"));
            assertThat(expected).contains(SUSPECTED_ID).hasSize(confirmedByStart.size() + 4);
            assertThat(summary).isEqualTo(expected);
            assertThat(html).contains("java -jar outage-recon.jar outage confirm " + SUSPECTED_ID + " --rerun",
                    "dropped within 3.2 s");

            // The PG failover's timeline: its agent-MRDs in the order of the README's query, with their names.
            String pg = section(html, "2026-11-19-PG-5000-A");
            assertThat(timelineRows(pg)).isEqualTo(run.lines("SELECT skill_target_id, mr_domain_id FROM ("
                    + readmeQuery("NULLS LAST, s.skill_target_id") + ") t"));
            assertThat(pg).contains("Garcia.Diego.20000", "class=\"s0 rebuilt\"", "POST_FAILOVER_");
            assertThat(section(html, "2026-11-19-PIM-5001-A")).contains("fill=\"url(#gap-hatch)\"");
        }
    }

    /** Thousands of agents: the page shows 200 rows, says how many more, and gives the query that lists them all. */
    @Test
    void aLargeOutageShowsTheFirst200RowsAndTheQueryForAll(@TempDir Path dir) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(TestDatabase.H2)) {
            String id = "BIG-PG-7000";
            ReportFixtures.addPgOutage(run, id, 7000, "2026-11-19T16:00:00Z", "2026-11-19T16:05:00Z", "CONFIRMED", null);
            int agents = 1500;
            run.dsl().execute("INSERT INTO recon.agent_state_span (skill_target_id, mr_domain_id, peripheral_id,"
                    + " span_start, span_end, agent_state, reason_code, provenance, outage_id, rule)"
                    + " SELECT 100000 + x, 1, 7000, TIMESTAMP WITH TIME ZONE '2026-11-19 16:00:00+00:00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-19 16:05:00+00:00', 0, 50002, 'RECONSTRUCTED', ?,"
                    + " 'FAILOVER_LOGOUT' FROM SYSTEM_RANGE(1, " + agents + ")", id);
            String html = page(run, dir, "--outage", id);

            assertThat(timelineRows(html)).hasSize(OutageReport.MAX_ROWS).first().isEqualTo("100001 1");
            assertThat(html).contains("The first 200 of 1500 agent-MRDs are shown; <b>1300 more</b>");
            String listAll = readmeQuery("NULLS LAST, s.skill_target_id").replace("2026-11-19-PG-5000-A", id);
            assertThat(unescape(html)).contains(listAll);
            assertThat(run.lines(listAll)).hasSize(agents);
            assertThat(html.length()).isLessThan(1_000_000);
        }
    }

    /** The axis and the times are in recon.zone; UTC is in the tooltips. */
    @Test
    void timesAreInTheConfiguredZoneWithUtcInTheTooltips(@TempDir Path dir) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(TestDatabase.H2)) {
            ReportFixtures.sampleDayWithSuspectedOutage(run);
            System.setProperty("recon.zone", "America/Phoenix");
            String html;
            try {
                html = page(run, dir, "--outage", "2026-11-19-PG-5000-A");
            } finally {
                System.clearProperty("recon.zone");
            }

            assertThat(html).contains("<time datetime=\"2026-11-19T16:00:00Z\" title=\"UTC 2026-11-19T16:00:00Z\">"
                    + "2026-11-19 09:00:00 UTC-07:00</time>", ">09:00</text>", "time in America/Phoenix")
                    .doesNotContain(">16:00</text>");
        }
    }

    @Test
    void notesAndNamesAreEscaped(@TempDir Path dir) throws Exception {
        try (ReconTestRun run = ReconTestRun.start(TestDatabase.H2)) {
            String id = "X<b>\"'&";
            ReportFixtures.addPgOutage(run, id, 5000, "2026-11-19T16:00:00Z", null, "SUSPECTED",
                    "<script>alert(1)</script><img src=\"http://example.com/x.png\">");
            String html = page(run, dir, "--outage", id);

            assertThat(html).doesNotContain("<script", "<img", "<b>\"").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                    "X&lt;b&gt;&quot;&#39;&amp;", "outage confirm &#39;X&lt;b&gt;&quot;&#39;\\&#39;&#39;&amp;&#39;");
        }
    }

    /** The figures of the page by figure, outage and extra attributes; a figure shown twice must agree with itself. */
    private static Map<String, Long> figuresOnThePage(String html) {
        Map<String, Long> figures = new TreeMap<>();
        Matcher figure = FIGURE.matcher(html);
        while (figure.find()) {
            String key = figure.group(1) + "|" + unescape(figure.group(2))
                    + figure.group(3).replaceAll(" data-([a-z]+)=\"([^\"]*)\"", "|$1=$2");
            long value = Long.parseLong(figure.group(4));
            String text = unescape(figure.group(5));
            assertThat(text).as(key).isEqualTo(figure.group(1).endsWith("-seconds") ? TimeText.duration(value)
                    : Long.toString(value));
            Long earlier = figures.put(key, value);
            assertThat(earlier).as(key).isIn(null, value);
        }
        return figures;
    }

    /** The same figures from the README's queries, for every outage the window shows. */
    private static Map<String, Long> figuresBySql(ReconTestRun run) throws Exception {
        Map<String, Long> figures = new TreeMap<>();
        for (String id : run.lines("SELECT outage_id FROM recon.outage WHERE status <> 'DISMISSED'")) {
            for (String name : List.of("agents-affected", "logged-out-seconds", "data-lost-seconds", "tasks-ended-42",
                    "tasks-orphaned", "intervals-incomplete", "gap-rows-total")) {
                figures.put(name + "|" + id, 0L);
            }
            String listAll = readmeQuery("NULLS LAST, s.skill_target_id")
                    .replace("'2026-11-19-PG-5000-A'", "'" + id.replace("'", "''") + "'");
            figures.put("agent-mrds-affected|" + id, (long) run.lines(listAll).size());
        }
        for (Record row : run.dsl().fetch(readmeQuery("AS logged_out_s"))) {
            String id = text(row, "outage_id");
            figures.put("agents-affected|" + id, number(row, "agents_affected"));
            figures.put("logged-out-seconds|" + id, number(row, "logged_out_s"));
            figures.put("data-lost-seconds|" + id, number(row, "data_lost_s"));
        }
        for (Record row : run.dsl().fetch(readmeQuery("SELECT outage_id, rule, COUNT(*) AS tasks FROM recon.task"))) {
            String id = text(row, "outage_id");
            String rule = text(row, "rule");
            String key = switch (rule) {
                case "TASK_LIFE_EXPIRED" -> "tasks-ended-42|" + id;
                case "ORPHANED_REROUTE" -> "tasks-orphaned|" + id;
                default -> "tasks-changed|" + id + "|rule=" + rule;
            };
            figures.put(key, number(row, "tasks"));
        }
        for (Record row : run.dsl().fetch(readmeQuery("AS intervals_made_incomplete"))) {
            figures.put("intervals-incomplete|" + text(row, "outage_id"),
                    number(row, "intervals_made_incomplete"));
        }
        for (Record row : run.dsl().fetch(readmeQuery("AS gap_rows"))) {
            String id = text(row, "outage_id");
            figures.put("gap-rows|" + id + "|kind=" + text(row, "kind"), number(row, "gap_rows"));
            figures.merge("gap-rows-total|" + id, number(row, "gap_rows"), Long::sum);
        }
        return figures;
    }

    private static long number(Record row, String column) {
        return new BigDecimal(text(row, column)).longValueExact();
    }

    /** A column by name whatever case the database gives it (H2 upper, PostgreSQL lower). */
    private static String text(Record row, String column) {
        for (var field : row.fields()) {
            if (field.getName().equalsIgnoreCase(column)) {
                return String.valueOf(row.get(field));
            }
        }
        throw new AssertionError("no column " + column + " in " + row);
    }

    /** "agent MRD" of every row of the timelines in the html, in page order. */
    private static List<String> timelineRows(String html) {
        List<String> rows = new ArrayList<>();
        Matcher row = TIMELINE_ROW.matcher(html);
        while (row.find()) {
            rows.add(row.group(1) + " " + row.group(2));
        }
        return rows;
    }

    private static String section(String html, String outageId) {
        int start = html.indexOf("</span> " + outageId + "</h2>");
        assertThat(start).as(outageId).isPositive();
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }
}
