package com.annavaram.user.error;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/** Recognises the failures that mean the database is out of reach (stopped, restarting, partitioned). */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** Whether {@code e} or one of its causes says the database could not be reached. */
    public static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException) {
                return true;
            }
        }
        return false;
    }
}
