package org.outagerecon.cli;

import java.sql.SQLException;
import org.outagerecon.job.WindowBusyException;
import org.outagerecon.system.BadInputException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** Turns a failure into one clear line on stderr and an exit code; never a bare stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        BadInputException badInput = find(exception, BadInputException.class);
        if (badInput != null) {
            commandLine.getErr().println("error: " + firstLine(badInput.getMessage()));
            return Main.BAD_INPUT;
        }
        WindowBusyException busy = find(exception, WindowBusyException.class);
        if (busy != null) {
            commandLine.getErr().println("error: " + firstLine(busy.getMessage()));
            return Main.WINDOW_BUSY;
        }
        DatabaseUnreachableException unreachable = find(exception, DatabaseUnreachableException.class);
        if (unreachable != null) {
            commandLine.getErr().println("error: " + firstLine(unreachable.getMessage()));
            return Main.FAILED;
        }
        SQLException sql = find(exception, SQLException.class);
        Throwable shown = sql != null ? sql : rootCause(exception);
        commandLine.getErr().println("error: " + shown.getClass().getSimpleName() + ": " + firstLine(shown.getMessage()));
        return Main.FAILED;
    }

    /** Database messages run on over several lines (H2 appends the statement); the first one says what is wrong. */
    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    static <T extends Throwable> T find(Throwable throwable, Class<T> type) {
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
