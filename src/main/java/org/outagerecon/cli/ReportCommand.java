package org.outagerecon.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.outagerecon.report.OutageReport;
import org.outagerecon.system.BadInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report of one outage, or of the outages of a window: what each did "
                + "to agents, tasks, intervals and gaps, with timelines (times in recon.zone). Prints the file's path.")
class ReportCommand extends DatabaseCommand {

    private static final DateTimeFormatter FILE_INSTANT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @ArgGroup(exclusive = true, multiplicity = "1")
    WindowOrOutage target;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write it (default: outage-report-<id or window>.html in the current folder).")
    Path out;

    @Override
    protected void validate() {
        target.validate();
    }

    @Override
    protected int run(ConfigurableApplicationContext context) throws Exception {
        OutageReport report = context.getBean(OutageReport.class);
        var zone = ReconcilingCommand.configuredZone(context);
        String html;
        Path file;
        if (target.outageId != null) {
            html = report.ofOutage(target.outageId, zone);
            file = out != null ? out : Path.of("outage-report-" + target.outageId.replaceAll("[^A-Za-z0-9._-]", "_")
                    + ".html");
        } else {
            html = report.ofWindow(target.range.window(), zone);
            file = out != null ? out : Path.of("outage-report-" + FILE_INSTANT.format(target.range.from) + "-"
                    + FILE_INSTANT.format(target.range.to) + ".html");
        }
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot write the report to " + file + ": " + e, e);
        }
        out().println(file.toAbsolutePath().normalize());
        return 0;
    }
}
