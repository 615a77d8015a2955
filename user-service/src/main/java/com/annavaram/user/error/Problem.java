package com.annavaram.user.error;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem body with the two members the legacy front ends read: {@code success: false} and
 * {@code message}, which repeats {@code detail}; field errors, when there are any, go in {@code errors}.
 */
public record Problem(String type, String title, int status, String detail, String instance, boolean success,
        String message, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of the generic type, titled with the reason phrase of {@code status}. */
    public static Problem of(int status, String detail, String instance) {
        return of(status, detail, instance, List.of());
    }

    /** As {@link #of(int, String, String)}, with the fields that caused it. */
    public static Problem of(int status, String detail, String instance, List<FieldError> errors) {
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? reasonPhrase(status) : reason.getReasonPhrase();
        String text = detail == null || detail.isBlank() ? title : detail;
        return new Problem("about:blank", title, status, text, instance, false, text, List.copyOf(errors));
    }

    /** The response that carries this problem. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /** Reason phrases JAX-RS does not know. */
    private static String reasonPhrase(int status) {
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "HTTP " + status;
        };
    }

    /** One invalid field: a JSON pointer into the request body (or a parameter name) and what is wrong with it. */
    public record FieldError(String pointer, String detail) {
    }
}
