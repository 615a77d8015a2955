package com.annavaram.user.error;

import java.util.regex.Pattern;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to a {@link Problem}: HTTP errors keep their status, anything else is a 500 whose body says
 * nothing about the cause (the log has the stack trace).
 */
class ProblemMappers {

    static final String UNEXPECTED = "Something went wrong on our side. Please try again later.";
    static final String NOT_FOUND = "The requested resource was not found.";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** The message JAX-RS gives an exception thrown without one, such as "HTTP 404 Not Found". */
    private static final Pattern DEFAULT_MESSAGE = Pattern.compile("HTTP \\d{3} .*");

    @ServerExceptionMapper
    Response httpError(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String path = path(uri);
        if (status >= 500) {
            LOG.errorf(e, "%d on %s", status, path);
            return Problem.of(status, UNEXPECTED, path).toResponse();
        }
        String detail = e.getMessage() == null || DEFAULT_MESSAGE.matcher(e.getMessage()).matches()
                ? status == 404 ? NOT_FOUND : null
                : e.getMessage();
        LOG.warnf("%d on %s: %s", status, path, e.getMessage());
        Problem problem = Problem.of(status, detail, path);
        // Keeps headers such as Allow (405) or WWW-Authenticate (401) that the exception's response carries.
        return Response.fromResponse(e.getResponse()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri) {
        String path = path(uri);
        LOG.errorf(e, "unexpected error on %s", path);
        return Problem.of(500, UNEXPECTED, path).toResponse();
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
