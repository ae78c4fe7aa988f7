package org.outagerecon.cli;

import java.time.Instant;
import org.outagerecon.domain.Window;
import org.outagerecon.system.BadInputException;
import picocli.CommandLine.Option;

/** {@code --from T --to T}: a half-open window of ISO-8601 instants, as the commands that take one share it. */
class WindowOptions {

    @Option(names = "--from", required = true, converter = InstantConverter.class, paramLabel = "T",
            description = "Window start, ISO-8601 instant with an offset.")
    Instant from;

    @Option(names = "--to", required = true, converter = InstantConverter.class, paramLabel = "T",
            description = "Window end (exclusive).")
    Instant to;

    /** @throws BadInputException when the window is empty or runs backwards */
    Window window() {
        if (!to.isAfter(from)) {
            throw new BadInputException("--to (" + to + ") must be after --from (" + from + ")");
        }
        return Window.of(from, to);
    }
}
