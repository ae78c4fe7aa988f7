package org.outagerecon.cli;

import java.time.Instant;
import org.outagerecon.domain.Window;
import org.outagerecon.system.BadInputException;
import picocli.CommandLine.Option;

/** {@code --from T --to T}: the half-open range {@code [from, to)} of a command, {@code --to} after {@code --from}. */
class InstantRange {

    @Option(names = "--from", required = true, converter = InstantConverter.class, paramLabel = "T",
            description = "Start, ISO-8601 instant (for a reconcile window: aligned to the interval length in UTC).")
    Instant from;

    @Option(names = "--to", required = true, converter = InstantConverter.class, paramLabel = "T",
            description = "End (exclusive).")
    Instant to;

    Window window() {
        if (!to.isAfter(from)) {
            throw new BadInputException("--to (" + to + ") must be after --from (" + from + ")");
        }
        return Window.of(from, to);
    }
}
