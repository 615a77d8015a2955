package com.annavaram.user.error;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem body with the two members the legacy front ends read: {@code success: false} and
 * {@code message}, which repeats {@code detail}.
 */
public record Problem(String type, String title, int status, String detail, String instance, boolean success,
        String message) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of the generic type, titled with the reason phrase of {@code status}. */
    public static Problem of(int status, String detail, String instance) {
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
        String text = detail == null || detail.isBlank() ? title : detail;
        return new Problem("about:blank", title, status, text, instance, false, text);
    }

    /** The response that carries this problem. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
