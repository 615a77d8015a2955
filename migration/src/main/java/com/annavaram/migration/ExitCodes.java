package com.annavaram.migration;

/** The documented exit codes of the migration command. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int VERIFICATION_FAILED = 1;
    public static final int USAGE = 2;
    public static final int LOCKED = 3;
    public static final int ABORTED = 4;

    private ExitCodes() {
    }
}
