package com.annavaram.user.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to a {@link Problem}. Only an {@link ApiException} speaks for itself; HTTP errors raised by the
 * framework keep their status with a fixed text (their messages describe the framework, not the shop), and anything
 * else is a 500 whose body says nothing about the cause while the log has the stack trace.
 */
class ProblemMappers {

    static final String UNEXPECTED = "Something went wrong on our side. Please try again later.";
    static final String NOT_FOUND = "The requested resource was not found.";
    static final String METHOD_NOT_ALLOWED = "This method is not allowed on the requested resource.";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response apiError(ApiException e, UriInfo uri) {
        String path = path(uri);
        if (e.status() >= 500) {
            LOG.errorf(e, "%d on %s", e.status(), path);
        } else {
            LOG.warnf("%d on %s: %s", e.status(), path, e.getMessage());
        }
        return Problem.of(e.status(), e.getMessage(), path).toResponse();
    }

    @ServerExceptionMapper
    Response httpError(WebApplicationException e, UriInfo uri) {
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

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri) {
        String path = path(uri);
        LOG.errorf(e, "unexpected error on %s", path);
        return Problem.of(500, UNEXPECTED, path).toResponse();
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
