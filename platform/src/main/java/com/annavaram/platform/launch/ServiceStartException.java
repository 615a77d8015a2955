package com.annavaram.platform.launch;

/** A service did not start or did not become healthy in time; the message ends with the tail of its log. */
public final class ServiceStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceStartException(String message) {
        super(message);
    }

    public ServiceStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
