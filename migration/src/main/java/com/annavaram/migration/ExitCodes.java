package com.annavaram.migration;

/** The documented exit codes of the migration command. */
final class ExitCodes {

    static final int OK = 0;
    static final int VERIFICATION_FAILED = 1;
    static final int USAGE = 2;
    static final int LOCKED = 3;
    static final int ABORTED = 4;

    private ExitCodes() {
    }
}
