package org.outagerecon.report;

import static org.outagerecon.report.Html.escape;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The timeline of one outage as inline SVG: one row per agent-MRD, source states above reconciled states, the
 * outage's {@code [s, e)} shaded, a time axis in the configured zone. Positions are percentages of the row, so the
 * rows stretch with the window without distorting text or hatching.
 */
final class TimelineSvg {

    /** Id of the hatching pattern of GAP spans, defined once per page ({@link #definitions()}). */
    private static final String GAP_HATCH = "gap-hatch";
    private static final long[] TICK_MINUTES = {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440};
    private static final int MAX_TICKS = 8;
    private static final int ROW_HEIGHT = 32;
    private static final int SOURCE_Y = 3;
    private static final int SOURCE_HEIGHT = 11;
    private static final int RECONCILED_Y = 16;
    private static final int RECONCILED_HEIGHT = 13;

    private final Timeline timeline;
    private final long outageStart;
    private final long outageEnd;
    private final TimeText times;
    private final List<Long> ticks;

    /** @param outageEnd the outage's end, {@code Long.MAX_VALUE} when open */
    TimelineSvg(Timeline timeline, long outageStart, long outageEnd, TimeText times) {
        this.timeline = timeline;
        this.outageStart = outageStart;
        this.outageEnd = outageEnd;
        this.times = times;
        this.ticks = ticks();
    }

    /** The pattern every timeline of the page refers to; kept out of view but not display:none (which drops it). */
    static String definitions() {
        return "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>"
                + "<pattern id=\"" + GAP_HATCH + "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\" opacity=\"0.55\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000000\" stroke-width=\"2.5\"/></pattern>"
                + "</defs></svg>\n";
    }

    /** The whole timeline: legend, axis, rows. */
    String render() {
        StringBuilder html = new StringBuilder();
        html.append(legend());
        html.append("<div class=\"timeline\">\n");
        html.append("<div class=\"tl-row tl-axis\"><div class=\"tl-label\">agent · MRD<br><small>upper bar: source, "
                + "lower bar: reconciled</small></div>").append(axis()).append("</div>\n");
        for (TimelineRow row : timeline.rows()) {
            html.append(row(row));
        }
        html.append("<div class=\"tl-row tl-axis\"><div class=\"tl-label\"><small>time in ")
                .append(escape(times.zone())).append("</small></div>").append(axis()).append("</div>\n");
        html.append("</div>\n");
        return html.toString();
    }

    private String legend() {
        TreeSet<Integer> states = new TreeSet<>();
        timeline.rows().forEach(row -> Stream.concat(row.source().stream(), row.reconciled().stream())
                .forEach(bar -> states.add(bar.state())));
        StringBuilder html = new StringBuilder("<ul class=\"legend\">");
        for (int state : states) {
            html.append("<li><span class=\"sw ").append(StatePalette.cssClass(state)).append("\"></span>")
                    .append(state).append(' ').append(escape(StatePalette.name(state))).append("</li>");
        }
        html.append("<li><svg class=\"sw-svg\" width=\"26\" height=\"14\"><rect x=\"1\" y=\"1\" width=\"24\" "
                + "height=\"12\" class=\"s0 rebuilt\"/></svg>rebuilt by a rule (RECONSTRUCTED)</li>");
        html.append("<li><svg class=\"sw-svg\" width=\"26\" height=\"14\"><rect x=\"1\" y=\"1\" width=\"24\" "
                + "height=\"12\" class=\"s0\"/><rect x=\"1\" y=\"1\" width=\"24\" height=\"12\" fill=\"url(#")
                .append(GAP_HATCH).append(")\"/></svg>data lost (GAP)</li>");
        html.append("<li><svg class=\"sw-svg\" width=\"26\" height=\"14\"><rect width=\"26\" height=\"14\" "
                + "class=\"band\"/><line x1=\"1\" x2=\"1\" y1=\"0\" y2=\"14\" class=\"edge\"/><line x1=\"25\" x2=\"25\" "
                + "y1=\"0\" y2=\"14\" class=\"edge\"/></svg>the outage [start, end)</li>");
        return html.append("</ul>\n").toString();
    }

    private String axis() {
        StringBuilder svg = new StringBuilder("<svg class=\"tl-svg\" width=\"100%\" height=\"20\">");
        for (long tick : ticks) {
            String x = percent(tick);
            svg.append("<g><title>").append(TimeText.utc(tick)).append("</title><line x1=\"").append(x)
                    .append("\" x2=\"").append(x).append("\" y1=\"0\" y2=\"5\" class=\"tick\"/><text x=\"").append(x)
                    .append("\" y=\"17\" text-anchor=\"middle\">").append(times.clock(tick)).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    private String row(TimelineRow row) {
        StringBuilder html = new StringBuilder("<div class=\"tl-row\"><div class=\"tl-label\"><b>")
                .append(row.skillTargetId()).append("</b> ");
        if (row.agentName() != null) {
            html.append(escape(row.agentName()));
        }
        html.append("<br><small>peripheral ").append(row.peripheralId() == null ? "?" : row.peripheralId())
                .append(" · MRD ").append(row.mrDomainId());
        if (row.mrDomainName() != null) {
            html.append(' ').append(escape(row.mrDomainName()));
        }
        html.append("</small></div><svg class=\"tl-svg\" width=\"100%\" height=\"").append(ROW_HEIGHT)
                .append("\" role=\"img\" aria-label=\"states of agent ").append(row.skillTargetId()).append(" in MRD ")
                .append(row.mrDomainId()).append("\">");
        long shadedEnd = Math.min(outageEnd, timeline.viewEnd());
        html.append("<rect class=\"band\" x=\"").append(percent(outageStart)).append("\" width=\"")
                .append(width(outageStart, shadedEnd)).append("\" y=\"0\" height=\"").append(ROW_HEIGHT).append("\"/>");
        for (long tick : ticks) {
            html.append("<line class=\"grid\" x1=\"").append(percent(tick)).append("\" x2=\"").append(percent(tick))
                    .append("\" y1=\"0\" y2=\"").append(ROW_HEIGHT).append("\"/>");
        }
        row.source().forEach(bar -> html.append(bar(bar, SOURCE_Y, SOURCE_HEIGHT, "source")));
        row.reconciled().forEach(bar -> html.append(bar(bar, RECONCILED_Y, RECONCILED_HEIGHT, "reconciled")));
        html.append(edge(outageStart));
        if (outageEnd < timeline.viewEnd()) {
            html.append(edge(outageEnd));
        }
        return html.append("</svg></div>\n").toString();
    }

    private String bar(StateBar bar, int y, int height, String which) {
        long start = Math.max(bar.start(), timeline.viewStart());
        long end = Math.min(bar.end(), timeline.viewEnd());
        if (end <= start) {
            return "";
        }
        String box = "x=\"" + percent(start) + "\" y=\"" + y + "\" width=\"" + width(start, end) + "\" height=\""
                + height + "\"";
        StringBuilder svg = new StringBuilder("<g><title>").append(escape(tooltip(bar, which))).append("</title>");
        svg.append("<rect ").append(box).append(" class=\"").append(StatePalette.cssClass(bar.state()))
                .append(bar.isReconstructed() ? " rebuilt" : "").append("\"/>");
        if (bar.isGap()) {
            svg.append("<rect ").append(box).append(" fill=\"url(#").append(GAP_HATCH).append(")\"/>");
        }
        return svg.append("</g>").toString();
    }

    private String tooltip(StateBar bar, String which) {
        StringBuilder text = new StringBuilder(which).append(": ").append(bar.state()).append(' ')
                .append(StatePalette.name(bar.state()));
        if (bar.reasonCode() != null) {
            text.append(", reason ").append(bar.reasonCode());
        }
        if (!"SOURCE".equals(bar.provenance()) || bar.rule() != null) {
            text.append(" · ").append(bar.provenance());
            if (bar.rule() != null) {
                text.append(' ').append(bar.rule());
            }
            if (bar.outageId() != null) {
                text.append(" (").append(bar.outageId()).append(')');
            }
        }
        boolean runsOn = bar.end() == Long.MAX_VALUE;
        text.append('\n').append(times.time(bar.start())).append(" – ")
                .append(runsOn ? "(until the next row)" : times.time(bar.end())).append(' ').append(times.zone());
        text.append("\nUTC ").append(TimeText.utc(bar.start())).append(" – ")
                .append(runsOn ? "(until the next row)" : TimeText.utc(bar.end()));
        return text.toString();
    }

    private String edge(long at) {
        String x = percent(at);
        return "<line class=\"edge\" x1=\"" + x + "\" x2=\"" + x + "\" y1=\"0\" y2=\"" + ROW_HEIGHT + "\"><title>"
                + "outage " + (at == outageStart ? "start " : "end ") + TimeText.utc(at) + "</title></line>";
    }

    /** Ticks on whole minutes of the zone, the smallest step that gives at most {@link #MAX_TICKS}. */
    private List<Long> ticks() {
        long length = timeline.viewEnd() - timeline.viewStart();
        long step = TICK_MINUTES[TICK_MINUTES.length - 1];
        for (long minutes : TICK_MINUTES) {
            if (length / (minutes * TimelineView.MINUTE) <= MAX_TICKS) {
                step = minutes;
                break;
            }
        }
        ZonedDateTime start = Instant.ofEpochMilli(timeline.viewStart()).atZone(times.zone());
        ZonedDateTime midnight = start.toLocalDate().atStartOfDay(times.zone());
        long minuteOfDay = (timeline.viewStart() - midnight.toInstant().toEpochMilli()) / TimelineView.MINUTE;
        long first = midnight.toInstant().toEpochMilli() + ((minuteOfDay + step) / step * step) * TimelineView.MINUTE;
        List<Long> ticks = new ArrayList<>();
        for (long tick = first; tick < timeline.viewEnd(); tick += step * TimelineView.MINUTE) {
            ticks.add(tick);
        }
        return ticks;
    }

    private String percent(long at) {
        double share = (double) (at - timeline.viewStart()) / (timeline.viewEnd() - timeline.viewStart());
        return String.format(Locale.ROOT, "%.3f%%", 100 * Math.max(0, Math.min(1, share)));
    }

    private String width(long start, long end) {
        double share = (double) (end - start) / (timeline.viewEnd() - timeline.viewStart());
        return String.format(Locale.ROOT, "%.3f%%", 100 * Math.max(0, share));
    }
}
