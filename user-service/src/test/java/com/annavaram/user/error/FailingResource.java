package com.annavaram.user.error;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.Path;

/** Test-only endpoints that fail in the ways the mappers must hide. */
@Path("/test-only/failures")
class FailingResource {

    static final String SECRET = "connection to 10.0.0.7 refused by com.annavaram.user.Secret";

    @GET
    @Path("/unexpected")
    String unexpected() {
        throw new IllegalStateException(SECRET);
    }

    @GET
    @Path("/server-error")
    String serverError() {
        throw new InternalServerErrorException(SECRET);
    }

    @GET
    @Path("/bad-request")
    String badRequest() {
        throw new BadRequestException("quantity must be at least 1");
    }
}
