package com.annavaram.admin.error;

import java.io.IOException;

/** Thrown while a request body is read once it passes the size limit; answered as 413. */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public BodyTooLargeException(long maxBytes) {
        super("request body larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
