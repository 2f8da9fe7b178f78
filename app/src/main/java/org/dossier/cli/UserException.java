package org.dossier.cli;

/** A failure caused by what the user gave us; printed as one line, never with a stack trace. */
public class UserException extends RuntimeException {
    private final int exitCode;

    public UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static UserException badInput(String message) {
        return new UserException(ExitCode.BAD_INPUT, message);
    }

    public static UserException badUsage(String message) {
        return new UserException(ExitCode.BAD_USAGE, message);
    }
}
