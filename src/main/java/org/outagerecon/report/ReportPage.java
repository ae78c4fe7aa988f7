package org.outagerecon.report;

import static org.outagerecon.report.Html.escape;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML document: inline CSS and SVG, no script, and a Content-Security-Policy
 * that lets the browser load nothing from outside the file. Every figure carries {@code data-figure},
 * {@code data-outage} and {@code data-value} so that tests (and scripts) read the numbers exactly.
 */
final class ReportPage {

    private static final String CSS = """
            *{box-sizing:border-box}
            html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1b1b1b;
             margin:0 auto;max-width:1280px;padding:16px 20px 40px}
            h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.3em;margin:.2em 0 .4em;overflow-wrap:anywhere}
            h3{font-size:1.05em;margin:1.2em 0 .4em}
            .sub{color:#555}
            a{color:#0b57a4}
            code,pre{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.92em}
            pre{background:#f4f4f4;border:1px solid #ddd;padding:8px 10px;white-space:pre-wrap;overflow-wrap:anywhere}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;width:100%}
            th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f0f0f0;font-weight:600}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            td time{white-space:nowrap}
            table.summary{font-size:.92em}
            table.summary td time{white-space:normal}
            .status{display:inline-block;padding:1px 8px;border-radius:10px;font-size:.8em;font-weight:700;
             vertical-align:middle;border:1px solid}
            .status-CONFIRMED{background:#e3f1e3;border-color:#2e7d32;color:#1b5e20}
            .status-SUSPECTED{background:#fff4d6;border-color:#b26a00;color:#7a4500}
            .status-DISMISSED{background:#eee;border-color:#777;color:#444}
            section.outage{border-top:3px solid #333;margin-top:28px;padding-top:10px}
            .meaning{margin:.2em 0 .6em;max-width:70em}
            dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0}
            dl.facts dt{color:#555}dl.facts dd{margin:0;overflow-wrap:anywhere}
            .figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(13.5em,1fr));gap:8px;margin:12px 0}
            .figure{border:1px solid #ccc;border-radius:6px;padding:6px 10px;background:#fafafa}
            .figure .label{display:block;color:#555;font-size:.85em}
            .figure .value{font-size:1.35em;font-weight:700;font-variant-numeric:tabular-nums}
            .figure small{display:block;color:#555}
            .decide{border:2px solid #b26a00;background:#fff8e6;border-radius:6px;padding:8px 12px;margin:10px 0}
            ul.legend{list-style:none;padding:0;margin:6px 0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.9em}
            ul.legend li{display:flex;align-items:center;gap:5px}
            .sw{display:inline-block;width:22px;height:12px;border:1px solid #777}
            .sw-svg{flex:none}
            .timeline{border:1px solid #ccc}
            .tl-row{display:grid;grid-template-columns:15em 1fr;align-items:center;border-bottom:1px solid #eee;
             break-inside:avoid}
            .tl-row:nth-child(even){background:#fbfbfb}
            .tl-label{padding:2px 8px;font-size:.85em;line-height:1.25;overflow-wrap:anywhere}
            .tl-label small{color:#555}
            .tl-svg{display:block;overflow:visible}
            .tl-svg text{font-size:11px;fill:#333}
            .tl-axis{background:#f0f0f0}
            .band{fill:#fbd5d5}
            .edge{stroke:#c62828;stroke-width:1.5}
            .grid{stroke:#000;stroke-opacity:.12}
            .tick{stroke:#333}
            .rebuilt{stroke:#000;stroke-width:1.6;stroke-dasharray:4 2}
            svg.defs{position:absolute;width:0;height:0;overflow:hidden}
            .more{margin:6px 0}
            details{margin:8px 0}
            @media (max-width:700px){
             body{padding:10px}
             .tl-row{grid-template-columns:1fr}
             .tl-label{padding-top:4px}
             table.summary thead{display:none}
             table.summary tr{display:block;border-bottom:2px solid #bbb;padding:4px 0}
             table.summary td{display:flex;justify-content:space-between;gap:12px;border:none;padding:1px 4px;
              text-align:right}
             table.summary td::before{content:attr(data-label);color:#555;text-align:left}
            }
            @page{size:A4 landscape;margin:12mm}
            @media print{
             body{max-width:none;padding:0;font-size:11px}
             section.outage{break-before:page;border-top:none;margin-top:0}
             a{color:inherit;text-decoration:none}
             details{display:none}
             .figure,.decide,tr{break-inside:avoid}
            }
            """;

    /** The summary's columns; the first six are text, the rest figures. */
    private static final String[] SUMMARY_COLUMNS = {"status", "outage", "component", "scope", "start", "end",
            "agents affected", "time logged out", "tasks ended with 42", "tasks orphaned", "intervals made incomplete",
            "gap rows"};

    private final TimeText times;
    private final String title;
    private final String generatedAt;

    ReportPage(TimeText times, String title, OffsetDateTime generatedAt) {
        this.times = times;
        this.title = title;
        this.generatedAt = times.dateTime(generatedAt);
    }

    /** @param summary whether to open with a summary table (a window's report) */
    String render(List<OutageSection> sections, boolean summary) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // No favicon request either.
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS)
                .append(StatePalette.styles()).append("</style>\n</head>\n<body>\n")
                .append(TimelineSvg.definitions());
        html.append("<header><h1>").append(escape(title)).append("</h1><p class=\"sub\">Generated ")
                .append(escape(generatedAt)).append(" from the reconciled tables (schema recon). Times are in ")
                .append(escape(times.zone())).append("; hover a time or a bar for UTC.</p></header>\n");
        if (summary) {
            html.append(summary(sections));
        }
        for (int i = 0; i < sections.size(); i++) {
            html.append(new OutageHtml(sections.get(i), anchor(i), times).render());
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private String summary(List<OutageSection> sections) {
        StringBuilder html = new StringBuilder("<section class=\"summary\"><h2>Outages in this window</h2>\n");
        if (sections.isEmpty()) {
            return html.append("<p>No outage (confirmed or suspected) shares a moment with this window.</p></section>\n")
                    .toString();
        }
        List<OutageSection> suspected = sections.stream().filter(section -> section.outage().isSuspected()).toList();
        if (!suspected.isEmpty()) {
            html.append("<div class=\"decide\"><b>").append(suspected.size()).append(suspected.size() == 1
                    ? " suspected outage needs" : " suspected outages need").append(" a decision</b> (confirm, correct "
                    + "or dismiss): ");
            for (int i = 0; i < suspected.size(); i++) {
                html.append(i == 0 ? "" : ", ").append("<a href=\"#").append(anchor(sections.indexOf(suspected.get(i))))
                        .append("\">").append(escape(suspected.get(i).outage().id())).append("</a>");
            }
            html.append("</div>\n");
        }
        html.append("<div class=\"scroll\"><table class=\"summary\"><thead><tr>");
        for (int column = 0; column < SUMMARY_COLUMNS.length; column++) {
            html.append(column < 6 ? "<th>" : "<th class=\"num\">").append(SUMMARY_COLUMNS[column]).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (int i = 0; i < sections.size(); i++) {
            OutageSection section = sections.get(i);
            ReportedOutage outage = section.outage();
            OutageFigures figures = section.figures();
            String id = outage.id();
            List<String> cells = List.of(
                    "<span class=\"status status-" + escape(outage.status()) + "\">" + escape(outage.status()) + "</span>",
                    "<a href=\"#" + anchor(i) + "\">" + escape(id) + "</a>",
                    escape(outage.component()),
                    escape(OutageHtml.scope(outage)),
                    OutageHtml.timeWithUtc(times, outage.startedAt()),
                    outage.isOpen() ? "open" : OutageHtml.timeWithUtc(times, outage.endedAt()),
                    Figure.count("agents-affected", id, figures.agentsAffected()).html(),
                    Figure.seconds("logged-out-seconds", id, figures.loggedOutSeconds()).html(),
                    Figure.count("tasks-ended-42", id, figures.tasksEndedWith42()).html(),
                    Figure.count("tasks-orphaned", id, figures.tasksOrphaned()).html(),
                    Figure.count("intervals-incomplete", id, figures.intervalsMadeIncomplete()).html(),
                    Figure.count("gap-rows-total", id, figures.gapRows()).html());
            html.append("<tr>");
            for (int column = 0; column < cells.size(); column++) {
                html.append("<td data-label=\"").append(SUMMARY_COLUMNS[column]).append('"')
                        .append(column < 6 ? "" : " class=\"num\"").append('>').append(cells.get(column)).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody></table></div></section>\n").toString();
    }

    static String anchor(int index) {
        return "outage-" + (index + 1);
    }

    /** One number of the page, marked for readers that parse it. */
    record Figure(String name, String outageId, Map<String, String> extra, long value, String text) {

        static Figure count(String name, String outageId, long value) {
            return new Figure(name, outageId, Map.of(), value, Long.toString(value));
        }

        static Figure seconds(String name, String outageId, long value) {
            return new Figure(name, outageId, Map.of(), value, TimeText.duration(value));
        }

        String html() {
            StringBuilder html = new StringBuilder("<span class=\"value\" data-figure=\"").append(escape(name))
                    .append("\" data-outage=\"").append(escape(outageId)).append('"');
            extra.forEach((key, value) -> html.append(" data-").append(key).append("=\"").append(escape(value))
                    .append('"'));
            return html.append(" data-value=\"").append(value).append("\">").append(escape(text)).append("</span>")
                    .toString();
        }
    }
}
