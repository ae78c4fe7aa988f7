package org.outagerecon.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.Window;
import org.outagerecon.system.BadInputException;
import org.springframework.stereotype.Service;

/** Builds the report of one outage or of a window (data-contract.md §4). */
@Service
public class OutageReport {

    /** Rows of a timeline, and tasks of a table, the page shows; the rest are listed by the SQL it gives. */
    public static final int MAX_ROWS = 200;

    private final ReportRepository repository;

    public OutageReport(ReportRepository repository) {
        this.repository = repository;
    }

    /** @throws BadInputException when no outage has that id */
    public String ofOutage(String outageId, ZoneId zone) {
        ReportedOutage outage = repository.outage(outageId)
                .orElseThrow(() -> new BadInputException("no outage with id '" + outageId + "' in recon.outage"));
        return page(zone, "Outage report: " + outage.id(), List.of(section(outage)), false);
    }

    public String ofWindow(Window window, ZoneId zone) {
        List<OutageSection> sections = repository.outages(window).stream().map(this::section).toList();
        TimeText times = new TimeText(zone);
        return page(zone, "Outage report: " + times.dateTime(Instants.utc(window.from())) + " to "
                + times.dateTime(Instants.utc(window.to())), sections, true);
    }

    private OutageSection section(ReportedOutage outage) {
        return new OutageSection(outage, repository.figures(outage), repository.timeline(outage, MAX_ROWS),
                repository.tasks(outage.id(), MAX_ROWS));
    }

    private static String page(ZoneId zone, String title, List<OutageSection> sections, boolean summary) {
        return new ReportPage(new TimeText(zone), title, OffsetDateTime.now()).render(sections, summary);
    }
}
