package com.annavaram.admin.error;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Turns every error into an RFC 9457 {@code application/problem+json} body with the two members the legacy front
 * ends read, {@code success: false} and {@code message} (the same text as {@code detail}). Details are written here,
 * never taken from exception messages, so no class name or internal text reaches a client; the only exception is
 * {@link ApiException}, whose sentences are written for clients.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String NOT_FOUND = "The requested resource does not exist.";
    static final String UNAUTHORIZED = "Authentication is required to access this resource.";
    static final String FORBIDDEN = "You are not allowed to access this resource.";
    static final String REJECTED = "The request was rejected.";
    static final String INTERNAL = "An unexpected error occurred.";
    static final String MALFORMED = "The request body is not valid JSON.";
    static final String MISSING_BODY = "A request body is required.";
    static final String DUPLICATE = "A record with the same unique value already exists.";
    static final String UNDECODABLE = "The query string is not valid UTF-8.";
    static final String UNAVAILABLE = "The service is temporarily unavailable. Please try again in a moment.";
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        ex.properties().forEach(problem::setProperty);
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(ex.headers());
        return handleExceptionInternal(ex, problem, headers, ex.status(), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthorized(AuthenticationException ex, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, UNAUTHORIZED),
                headers, HttpStatus.UNAUTHORIZED, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException ex, WebRequest request) {
        return problem(ex, HttpStatus.FORBIDDEN, FORBIDDEN, request);
    }

    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException ex, WebRequest request) {
        return problem(ex, HttpStatus.BAD_REQUEST, REJECTED, request);
    }

    /** A query string that is not valid UTF-8 once decoded: Tomcat refuses to read the parameters at all. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodable(InvalidParameterException ex, WebRequest request) {
        return problem(ex, HttpStatus.BAD_REQUEST, UNDECODABLE, request);
    }

    /** A race the unique indexes settled (two admins creating the same slug or name at once). */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException ex, WebRequest request) {
        return problem(ex, HttpStatus.CONFLICT, DUPLICATE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        if (isDatabaseUnavailable(ex)) {
            return unavailable(ex, request);
        }
        return problem(ex, HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL, request);
    }

    /** The database is out of reach (stopped, restarting, partitioned): a 503 the client may retry, not a 500. */
    @ExceptionHandler({DataAccessResourceFailureException.class, MongoTimeoutException.class,
            MongoSocketException.class})
    ResponseEntity<Object> unavailable(Exception ex, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                UNAVAILABLE), headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    /** Whether {@code ex} or one of its causes says the database could not be reached. */
    static boolean isDatabaseUnavailable(Throwable ex) {
        return causeOf(ex, DataAccessResourceFailureException.class) != null
                || causeOf(ex, MongoTimeoutException.class) != null || causeOf(ex, MongoSocketException.class) != null;
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
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = causeOf(ex, BodyTooLargeException.class);
        if (tooLarge != null) {
            return api(ApiException.payloadTooLarge(tooLarge.maxBytes()), request);
        }
        JacksonException json = causeOf(ex, JacksonException.class);
        if (json == null) {
            return problem(ex, HttpStatus.BAD_REQUEST, MISSING_BODY, request);
        }
        if (json instanceof StreamReadException || json.getPath().isEmpty()) {
            return problem(ex, HttpStatus.BAD_REQUEST, MALFORMED, request);
        }
        return api(ApiException.invalidField(pointerOf(json.getPath()), "has the wrong type"), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(FieldProblem.pointer(pointerOf(error.getField()), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(FieldProblem.pointer("", error.getDefaultMessage())));
        return api(ApiException.invalid(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> errors.add(FieldProblem.parameter(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))));
        return api(ApiException.invalid(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        return api(ApiException.invalidParameter(name, "has the wrong type"), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return api(ApiException.invalidParameter(ex.getParameterName(), "is required"), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given
                ? given
                : ProblemDetail.forStatus(statusCode);
        if (statusCode.value() == HttpStatus.SERVICE_UNAVAILABLE.value() && UNAVAILABLE.equals(problem.getDetail())) {
            // Our own fixed text; it names nothing internal.
        } else if (statusCode.is5xxServerError()) {
            // Spring's details of its own 5xx failures may quote internals; the log keeps them, the client does not.
            problem.setDetail(INTERNAL);
        } else if (problem.getDetail() == null || !(ex instanceof ApiException) && mayQuoteInternals(problem)) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            problem.setDetail(known != null ? known.getReasonPhrase() : INTERNAL);
        }
        problem.setProperty("success", false);
        problem.setProperty("message", problem.getDetail());
        log(ex, statusCode, request);
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    /** Spring's default details quote media types and methods only, but a detail never seen before is not trusted. */
    private static boolean mayQuoteInternals(ProblemDetail problem) {
        String detail = problem.getDetail();
        return detail.contains("Exception") || detail.contains("java.") || detail.contains("org.");
    }

    private ResponseEntity<Object> problem(Exception ex, HttpStatus status, String detail, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
    }

    static String pointerOf(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/');
            pointer.append(reference.getPropertyName() != null
                    ? escape(reference.getPropertyName())
                    : Integer.toString(reference.getIndex()));
        }
        return pointer.toString();
    }

    /** {@code lines[0].name} becomes {@code /lines/0/name}. */
    static String pointerOf(String field) {
        return "/" + field.replace("[", ".").replace("]", "").replace('.', '/');
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static void log(Exception ex, HttpStatusCode status, WebRequest request) {
        String path = request instanceof NativeWebRequest nat
                && nat.getNativeRequest() instanceof HttpServletRequest http ? http.getRequestURI() : "?";
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            LOG.warn("503 on {}: database unavailable: {}", path, ex.getMessage());
        } else if (status.is5xxServerError()) {
            LOG.error("{} on {}", status.value(), path, ex);
        } else {
            LOG.warn("{} on {}: {}", status.value(), path, ex.getMessage());
        }
    }
}
