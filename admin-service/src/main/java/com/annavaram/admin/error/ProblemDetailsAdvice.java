package com.annavaram.admin.error;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error into an RFC 9457 {@code application/problem+json} body with the two members the legacy front
 * ends read, {@code success: false} and {@code message} (the same text as {@code detail}). Details are written here,
 * never taken from exception messages, so no class name or internal text reaches a client.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String NOT_FOUND = "The requested resource does not exist.";
    static final String UNAUTHORIZED = "Authentication is required to access this resource.";
    static final String FORBIDDEN = "You are not allowed to access this resource.";
    static final String REJECTED = "The request was rejected.";
    static final String INTERNAL = "An unexpected error occurred.";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthorized(AuthenticationException ex, WebRequest request) {
        return problem(ex, HttpStatus.UNAUTHORIZED, UNAUTHORIZED, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException ex, WebRequest request) {
        return problem(ex, HttpStatus.FORBIDDEN, FORBIDDEN, request);
    }

    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException ex, WebRequest request) {
        return problem(ex, HttpStatus.BAD_REQUEST, REJECTED, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        return problem(ex, HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL, request);
    }

    // Spring's own details name its handler and resource machinery; a client only needs to know nothing is here.
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(ex, HttpStatus.NOT_FOUND, NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(ex, HttpStatus.NOT_FOUND, NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given
                ? given
                : ProblemDetail.forStatus(statusCode);
        if (statusCode.is5xxServerError()) {
            // Spring's details of its own 5xx failures may quote internals; the log keeps them, the client does not.
            problem.setDetail(INTERNAL);
        } else if (problem.getDetail() == null) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            problem.setDetail(known != null ? known.getReasonPhrase() : INTERNAL);
        }
        problem.setProperty("success", false);
        problem.setProperty("message", problem.getDetail());
        log(ex, statusCode, request);
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    private ResponseEntity<Object> problem(Exception ex, HttpStatus status, String detail, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
    }

    private static void log(Exception ex, HttpStatusCode status, WebRequest request) {
        String path = request instanceof NativeWebRequest nat
                && nat.getNativeRequest() instanceof HttpServletRequest http ? http.getRequestURI() : "?";
        if (status.is5xxServerError()) {
            LOG.error("{} on {}", status.value(), path, ex);
        } else {
            LOG.warn("{} on {}: {}", status.value(), path, ex.getMessage());
        }
    }
}
