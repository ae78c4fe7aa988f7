package org.outagerecon.report;

import static org.outagerecon.report.Html.escape;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.regex.Pattern;
import org.outagerecon.domain.Instants;
import org.outagerecon.report.ReportPage.Figure;

/** The section of one outage: header, figures, timeline, tasks. */
final class OutageHtml {

    /** Ids a shell takes as one word without quotes. */
    private static final Pattern SHELL_WORD = Pattern.compile("[A-Za-z0-9._:+@/=-]+");

    private final OutageSection section;
    private final ReportedOutage outage;
    private final String anchor;
    private final TimeText times;

    OutageHtml(OutageSection section, String anchor, TimeText times) {
        this.section = section;
        this.outage = section.outage();
        this.anchor = anchor;
        this.times = times;
    }

    String render() {
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<section class=\"outage\" id=\"").append(anchor).append("\">\n<h2><span class=\"status status-")
                .append(escape(outage.status())).append("\">").append(escape(outage.status())).append("</span> ")
                .append(escape(outage.id())).append("</h2>\n");
        html.append("<p class=\"meaning\"><b>").append(escape(outage.component())).append("</b>")
                .append(outage.isSuspected() ? " (if confirmed): " : ": ")
                .append(escape(ComponentMeaning.of(outage.component()))).append("</p>\n");
        html.append(facts());
        if (outage.isSuspected()) {
            html.append(decision());
        }
        html.append(figures());
        html.append("<h3>Agents, source and reconciled states</h3>\n").append(timeline());
        html.append(tasks());
        return html.append("</section>\n").toString();
    }

    private String facts() {
        StringBuilder html = new StringBuilder("<dl class=\"facts\">");
        fact(html, "component", escape(outage.component()));
        fact(html, "scope", escape(scope(outage)));
        fact(html, "start", timeWithUtc(times, outage.startedAt()));
        fact(html, "end", outage.isOpen() ? "open (not ended yet)" : timeWithUtc(times, outage.endedAt()));
        fact(html, "duration", outage.isOpen() ? "open"
                : escape(TimeText.duration(Duration.between(outage.startedAt(), outage.endedAt()).toSeconds())));
        fact(html, "status", escape(outage.status()));
        fact(html, "origin", escape(outage.origin()));
        fact(html, outage.isSuspected() ? "evidence" : "note", outage.note() == null ? "—" : escape(outage.note()));
        return html.append("</dl>\n").toString();
    }

    private static void fact(StringBuilder html, String name, String valueHtml) {
        html.append("<dt>").append(name).append("</dt><dd>").append(valueHtml).append("</dd>");
    }

    private String decision() {
        String id = shellWord(outage.id());
        return "<div class=\"decide\"><b>Suspected, not applied.</b> Detection found this in the source rows (the "
                + "evidence above); it changes no row until a person confirms it. If it was an outage, confirm it "
                + "(add <code>--end T</code> or <code>--component C</code> to correct it) and reconcile its days:"
                + "<pre>java -jar outage-recon.jar outage confirm " + escape(id) + " --rerun</pre>"
                + "If it was not: <code>java -jar outage-recon.jar outage dismiss " + escape(id) + "</code></div>\n";
    }

    private String figures() {
        OutageFigures figures = section.figures();
        String id = outage.id();
        StringBuilder html = new StringBuilder("<div class=\"figures\">");
        figure(html, "agents affected", Figure.count("agents-affected", id, figures.agentsAffected()),
                Figure.count("agent-mrds-affected", id, figures.agentMrdsAffected()).html() + " agent-MRDs");
        figure(html, "time logged out by the outage", Figure.seconds("logged-out-seconds", id,
                figures.loggedOutSeconds()), "state 0 rebuilt (all agent-MRDs)");
        figure(html, "data lost (gap)", Figure.seconds("data-lost-seconds", id, figures.dataLostSeconds()),
                "GAP spans (all agent-MRDs)");
        figure(html, "tasks ended with 42", Figure.count("tasks-ended-42", id, figures.tasksEndedWith42()),
                "rule " + OutageFigures.TASK_LIFE_EXPIRED);
        figure(html, "tasks orphaned", Figure.count("tasks-orphaned", id, figures.tasksOrphaned()),
                "rule " + OutageFigures.ORPHANED_REROUTE);
        figures.tasksByRule().forEach((rule, count) -> {
            if (!rule.equals(OutageFigures.TASK_LIFE_EXPIRED) && !rule.equals(OutageFigures.ORPHANED_REROUTE)) {
                figure(html, "tasks changed", new Figure("tasks-changed", id, Map.of("rule", rule), count,
                        Long.toString(count)), "rule " + escape(rule));
            }
        });
        figure(html, "intervals made incomplete", Figure.count("intervals-incomplete", id,
                figures.intervalsMadeIncomplete()), "agent-MRD intervals its spans overlap");
        StringBuilder kinds = new StringBuilder();
        figures.gapRowsByKind().forEach((kind, count) -> kinds.append(kinds.isEmpty() ? "" : "<br>")
                .append(new Figure("gap-rows", id, Map.of("kind", kind), count, Long.toString(count)).html())
                .append(' ').append(escape(kind)));
        figure(html, "gap rows", Figure.count("gap-rows-total", id, figures.gapRows()),
                kinds.isEmpty() ? "none" : kinds.toString());
        return html.append("</div>\n").toString();
    }

    private static void figure(StringBuilder html, String label, Figure value, String detailHtml) {
        html.append("<div class=\"figure\"><span class=\"label\">").append(escape(label)).append("</span>")
                .append(value.html()).append("<small>").append(detailHtml).append("</small></div>");
    }

    private String timeline() {
        Timeline timeline = section.timeline();
        if (timeline.rows().isEmpty()) {
            return "<p>No agent has a state rebuilt or lost by this outage"
                    + (outage.isSuspected() ? " (a suspected outage changes nothing until it is confirmed)." : ".")
                    + "</p>\n";
        }
        long end = outage.isOpen() ? Long.MAX_VALUE : Instants.millis(outage.endedAt());
        StringBuilder html = new StringBuilder(new TimelineSvg(timeline, Instants.millis(outage.startedAt()), end,
                times).render());
        if (timeline.hiddenRows() > 0) {
            html.append("<p class=\"more\">The first ").append(timeline.rows().size()).append(" of ")
                    .append(timeline.totalRows()).append(" agent-MRDs are shown; <b>").append(timeline.hiddenRows())
                    .append(" more</b>. This query lists them all:</p><pre>")
                    .append(escape("SELECT DISTINCT s.peripheral_id, s.skill_target_id, a.enterprise_name, s.mr_domain_id\n"
                            + "FROM recon.agent_state_span s LEFT JOIN hds.agent a ON a.skill_target_id = s.skill_target_id\n"
                            + "WHERE s.outage_id = " + sqlText(outage.id()) + "\n"
                            + "ORDER BY s.peripheral_id NULLS LAST, s.skill_target_id, s.mr_domain_id"))
                    .append("</pre>\n");
        }
        return html.toString();
    }

    private String tasks() {
        long total = section.figures().tasksChanged();
        if (total == 0) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h3>Tasks changed</h3>\n<div class=\"scroll\"><table><thead><tr>"
                + "<th>recovery key</th><th>agent</th><th>MRD</th><th>start</th><th>end (reconciled)</th>"
                + "<th class=\"num\">disposition (source → reconciled)</th><th>rule</th></tr></thead><tbody>\n");
        for (ReportedTask task : section.tasks()) {
            html.append("<tr><td>").append(escape(task.recoveryKey().stripTrailingZeros().toPlainString()))
                    .append("</td><td>").append(task.agentSkillTargetId() == null ? "—" : task.agentSkillTargetId())
                    .append(task.agentName() == null ? "" : " " + escape(task.agentName())).append("</td><td>")
                    .append(task.mrDomainId()).append("</td><td>").append(timeWithUtc(times, task.taskStart()))
                    .append("</td><td>").append(task.taskEnd() == null ? "open" : timeWithUtc(times, task.taskEnd()))
                    .append("</td><td class=\"num\">").append(task.sourceCallDisposition()).append(" → ")
                    .append(task.callDisposition()).append("</td><td>").append(escape(task.rule())).append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
        if (total > section.tasks().size()) {
            html.append("<p class=\"more\">The first ").append(section.tasks().size()).append(" of ").append(total)
                    .append(" tasks are shown. This query lists them all:</p><pre>")
                    .append(escape("SELECT recovery_key, agent_skill_target_id, mr_domain_id, task_start, task_end,\n"
                            + "       source_call_disposition, call_disposition, rule\n"
                            + "FROM recon.task WHERE outage_id = " + sqlText(outage.id())
                            + " ORDER BY task_start, recovery_key"))
                    .append("</pre>\n");
        }
        return html.toString();
    }

    static String scope(ReportedOutage outage) {
        StringBuilder scope = new StringBuilder();
        if (outage.peripheralId() != null) {
            scope.append("peripheral ").append(outage.peripheralId());
        }
        if (outage.mrDomainId() != null) {
            scope.append(scope.isEmpty() ? "" : ", ").append("MRD ").append(outage.mrDomainId());
            if (outage.mrDomainName() != null) {
                scope.append(" (").append(outage.mrDomainName()).append(')');
            }
        }
        if (outage.side() != null) {
            scope.append(scope.isEmpty() ? "" : ", ").append("side ").append(outage.side());
        }
        return scope.isEmpty() ? "—" : scope.toString();
    }

    /** The time in the zone, UTC in its tooltip. */
    static String timeWithUtc(TimeText times, OffsetDateTime time) {
        return "<time datetime=\"" + TimeText.utc(time) + "\" title=\"UTC " + TimeText.utc(time) + "\">"
                + escape(times.dateTime(time)) + "</time>";
    }

    private static String sqlText(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String shellWord(String value) {
        return SHELL_WORD.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
