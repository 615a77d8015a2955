package com.annavaram.admin.error;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A refusal the API answers on purpose, with the status, the sentence the panel shows and any extension members of the
 * problem body. {@link ProblemDetailsAdvice} turns it into problem+json.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final transient Map<String, Object> properties;
    private final transient HttpHeaders headers;

    public ApiException(HttpStatus status, String detail) {
        this(status, detail, Map.of(), new HttpHeaders());
    }

    private ApiException(HttpStatus status, String detail, Map<String, Object> properties, HttpHeaders headers) {
        super(detail, null, false, false);
        this.status = status;
        this.properties = Map.copyOf(properties);
        this.headers = headers;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, detail);
    }

    /** A conflict whose body carries extension members, such as the allowed next states of an order. */
    public static ApiException conflict(String detail, Map<String, Object> properties) {
        return new ApiException(HttpStatus.CONFLICT, detail, properties, new HttpHeaders());
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, detail);
    }

    /** 429 with {@code Retry-After} in whole seconds, at least one. */
    public static ApiException tooManyRequests(String detail, Duration retryAfter) {
        HttpHeaders headers = new HttpHeaders();
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, detail, Map.of("retryAfter", seconds), headers);
    }

    public static ApiException payloadTooLarge(long maxBytes) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + maxBytes
                + " bytes.", Map.of(), new HttpHeaders());
    }

    /** 400 naming one body field by its JSON pointer. */
    public static ApiException invalidField(String pointer, String detail) {
        return invalid(List.of(FieldProblem.pointer(pointer, detail)));
    }

    /** 400 naming one query or path parameter. */
    public static ApiException invalidParameter(String parameter, String detail) {
        return invalid(List.of(FieldProblem.parameter(parameter, detail)));
    }

    /** 400 with every field problem found. */
    public static ApiException invalid(List<FieldProblem> errors) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("errors", List.copyOf(errors));
        return new ApiException(HttpStatus.BAD_REQUEST, summary(errors), properties, new HttpHeaders());
    }

    static String summary(List<FieldProblem> errors) {
        if (errors.size() == 1) {
            FieldProblem only = errors.get(0);
            return "Validation failed: " + only.name() + " " + only.detail();
        }
        return "Validation failed: " + errors.size() + " fields are invalid";
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public HttpHeaders headers() {
        return headers;
    }
}
