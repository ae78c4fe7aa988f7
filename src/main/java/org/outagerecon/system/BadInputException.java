package org.outagerecon.system;

/** Bad arguments or input that the user must fix; the command line prints the message and exits with 2. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
