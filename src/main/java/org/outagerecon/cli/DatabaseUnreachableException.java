package org.outagerecon.cli;

/** The database could not be opened; the message names the URL without its password. */
final class DatabaseUnreachableException extends RuntimeException {
    DatabaseUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
