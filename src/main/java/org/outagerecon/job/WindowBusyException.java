package org.outagerecon.job;

import org.outagerecon.domain.Window;

/** Another run holds part of the window; the command line exits with 4 and changes nothing. */
public class WindowBusyException extends RuntimeException {
    public WindowBusyException(Window window, Throwable cause) {
        super("another run holds part of the window " + window + "; try again when it has finished", cause);
    }
}
