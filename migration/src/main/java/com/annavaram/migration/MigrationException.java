package com.annavaram.migration;

/** A migration stop with a message for the operator and the exit code it ends the command with. */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public MigrationException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public MigrationException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** Bad data, an unreachable database, a failed step: exit code 4. */
    public static MigrationException aborted(String message) {
        return new MigrationException(ExitCodes.ABORTED, message);
    }
}
