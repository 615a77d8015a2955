package com.annavaram.user.error;

/** A failure whose message is written for the shopper, the only exception whose message a problem body shows. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
