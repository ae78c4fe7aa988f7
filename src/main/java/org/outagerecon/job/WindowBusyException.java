package org.outagerecon.job;

import org.outagerecon.domain.Window;

/** Another run holds part of the window (or a row it is replacing); the command line exits with 4 and changes nothing. */
public class WindowBusyException extends RuntimeException {
    public WindowBusyException(Window window, Throwable cause) {
        this("another run holds part of the window " + window + "; try again when it has finished", cause);
    }

    public WindowBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
