package com.annavaram.user.error;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Maps every failure to a {@link Problem}. Only an {@link ApiException} speaks for itself; HTTP errors raised by the
 * framework keep their status with a fixed text (their messages describe the framework, not the shop), and anything
 * else is a 500 whose body says nothing about the cause while the log has the stack trace.
 */
class ProblemMappers {

    static final String UNEXPECTED = "Something went wrong on our side. Please try again later.";
    static final String NOT_FOUND = "The requested resource was not found.";
    static final String METHOD_NOT_ALLOWED = "This method is not allowed on the requested resource.";
    static final String NOT_LOGGED_IN = "Please log in to continue.";
    static final String SESSION_INVALID = "Your session has expired or is no longer valid. Please log in again.";
    static final String FORBIDDEN = "You are not allowed to do this.";
    static final String INVALID_BODY = "The request body is not valid JSON for this call.";
    static final String BEARER = "Bearer";
    static final String UNAVAILABLE = "The service is temporarily unavailable. Please try again in a moment.";
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response apiError(ApiException e, UriInfo uri) {
        String path = path(uri);
        if (e.status() >= 500) {
            LOG.errorf(e, "%d on %s", e.status(), path);
        } else {
            LOG.warnf("%d on %s: %s", e.status(), path, e.getMessage());
        }
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(e.status(), e.getMessage(), path));
        e.retryAfter()
                .ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, ApiException.retryAfterSeconds(wait)));
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER);
        }
        return response.build();
    }

    @ServerExceptionMapper
    Response httpError(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // The JSON reader wraps what it cannot read; answer as for the parser's own exceptions.
            return unreadableBody(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        String path = path(uri);
        if (status >= 500) {
            LOG.errorf(e, "%d on %s", status, path);
            return Problem.of(status, UNEXPECTED, path).toResponse();
        }
        LOG.warnf("%d on %s: %s", status, path, e.getMessage());
        Problem problem = Problem.of(status, fixedDetail(status), path);
        // Keeps headers such as Allow (405) or WWW-Authenticate (401) that the exception's response carries.
        return Response.fromResponse(e.getResponse()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** No credentials on a call that needs them. */
    @ServerExceptionMapper
    Response notLoggedIn(UnauthorizedException e, UriInfo uri) {
        LOG.warnf("401 on %s: no credentials", path(uri));
        return unauthorized(NOT_LOGGED_IN, uri);
    }

    /** A token that is expired, forged, meant for another service, or whose session is no longer live. */
    @ServerExceptionMapper
    Response badCredentials(AuthenticationFailedException e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            return unavailable(e, uri);
        }
        LOG.warnf("401 on %s: %s", path(uri), e.getMessage() == null ? "authentication failed" : e.getMessage());
        return unauthorized(SESSION_INVALID, uri);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        LOG.warnf("403 on %s", path(uri));
        return Problem.of(403, FORBIDDEN, path(uri)).toResponse();
    }

    @ServerExceptionMapper({ResteasyReactiveViolationException.class, ConstraintViolationException.class})
    Response invalid(ConstraintViolationException e, UriInfo uri) {
        String path = path(uri);
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::onReturnValue)) {
            LOG.errorf(e, "invalid response on %s", path);
            return Problem.of(500, UNEXPECTED, path).toResponse();
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream().map(ProblemMappers::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::pointer).thenComparing(Problem.FieldError::detail))
                .toList();
        String detail = errors.isEmpty() ? "The request is not valid." : errors.get(0).detail();
        LOG.warnf("400 on %s: %s", path, errors.stream().map(Problem.FieldError::pointer).distinct()
                .collect(Collectors.joining(", ")));
        return Problem.of(400, detail, path, errors).toResponse();
    }

    /** Malformed JSON, a value of the wrong type, or an operator key; never 500 and never the parser's words. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, OperatorKeyException.class})
    Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        String path = path(uri);
        String pointer = e instanceof JsonMappingException mapping ? pointer(mapping.getPath()) : "";
        String detail;
        if (e instanceof OperatorKeyException) {
            detail = OperatorKeyException.MESSAGE;
        } else if (e instanceof JsonMappingException && !pointer.isEmpty()) {
            detail = "The value of '" + pointer.substring(1) + "' has the wrong type or format.";
        } else {
            detail = INVALID_BODY;
        }
        LOG.warnf("400 on %s: unreadable body at '%s'", path, pointer);
        List<Problem.FieldError> errors = pointer.isEmpty()
                ? List.of()
                : List.of(new Problem.FieldError(pointer,
                        detail));
        return Problem.of(400, detail, path, errors).toResponse();
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            return unavailable(e, uri);
        }
        String path = path(uri);
        LOG.errorf(e, "unexpected error on %s", path);
        return Problem.of(500, UNEXPECTED, path).toResponse();
    }

    /** The database is out of reach (stopped, restarting, partitioned): a 503 the client may retry, not a 500. */
    private static Response unavailable(Exception e, UriInfo uri) {
        LOG.warnf("503 on %s: database unavailable: %s", path(uri), e.getMessage());
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(Problem.of(503, UNAVAILABLE, path(uri))).build();
    }

    static boolean isDatabaseUnavailable(Throwable e) {
        return DatabaseErrors.unreachable(e);
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, BEARER)
                .entity(Problem.of(401, detail, path(uri))).build();
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null) {
                pointer.append('/').append(node.getName());
            }
        }
        return new Problem.FieldError(pointer.isEmpty() ? "/" : pointer.toString(), violation.getMessage());
    }

    private static boolean onReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/').append(reference.getFieldName() != null
                    ? reference.getFieldName()
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    /** {@code null} lets the problem fall back to the reason phrase. */
    private static String fixedDetail(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            default -> null;
        };
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
