package com.annavaram.user.error;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;

import com.mongodb.MongoTimeoutException;

/** Test-only endpoints that fail in the ways the mappers must handle. */
@Path("/test-only/failures")
class FailingResource {

    static final String SECRET = "connection to 10.0.0.7 refused by com.annavaram.user.Secret";
    static final String CHALLENGE = "Bearer realm=\"store-api\"";
    static final String FOR_THE_SHOPPER = "Quantity must be at least 1.";

    @GET
    @Path("/unexpected")
    public String unexpected() {
        throw new IllegalStateException(SECRET);
    }

    @GET
    @Path("/server-error")
    public String serverError() {
        throw new InternalServerErrorException(SECRET);
    }

    @GET
    @Path("/framework-bad-request")
    public String frameworkBadRequest() {
        throw new BadRequestException(SECRET);
    }

    @GET
    @Path("/unauthorized")
    public String unauthorized() {
        throw new NotAuthorizedException(CHALLENGE);
    }

    @GET
    @Path("/database-down")
    public String databaseDown() {
        throw new MongoTimeoutException("Timed out while waiting for a server: " + SECRET);
    }

    @GET
    @Path("/api-bad-request")
    public String apiBadRequest() {
        throw new ApiException(400, FOR_THE_SHOPPER);
    }
}
