package com.annavaram.user.account.google;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.annavaram.user.account.session.SessionResponses;
import com.annavaram.user.error.ApiException;
import com.annavaram.user.error.Problem;

import io.vertx.core.http.HttpServerRequest;

/** Google sign-in (S5); the route answers 404 unless {@code GOOGLE_CLIENT_ID} is set. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
// JSON only: a text/plain body would otherwise be read through the request record's String constructor, so a
// cross-site form (no preflight) could send codes and resets.
@Consumes(MediaType.APPLICATION_JSON)
class GoogleResource {

    static final String DISABLED = "Google sign-in is not enabled.";
    static final String SIGNED_IN = "Signed in with Google";
    static final String TOKEN_REQUIRED = "idToken is required.";
    static final int MAX_TOKEN = 8192;

    private final GoogleTokenVerifier verifier;
    private final GoogleSignInService signIns;
    private final SessionResponses sessions;

    GoogleResource(GoogleTokenVerifier verifier, GoogleSignInService signIns, SessionResponses sessions) {
        this.verifier = verifier;
        this.signIns = signIns;
        this.sessions = sessions;
    }

    @POST
    @Path("/google")
    @PermitAll
    public Response google(GoogleSignInRequest body, @Context HttpServerRequest request) {
        if (!verifier.enabled()) {
            throw ApiException.notFound(DISABLED);
        }
        if (body == null || body.idToken() == null || body.idToken().isBlank()
                || body.idToken().length() > MAX_TOKEN) {
            return Problem.of(400, TOKEN_REQUIRED, request.path(), List.of(new Problem.FieldError("/idToken",
                    TOKEN_REQUIRED))).toResponse();
        }
        Instant now = Instant.now();
        return sessions.open(signIns.signIn(verifier.verify(body.idToken().trim()), now), SIGNED_IN, 200, request);
    }

    /** {@code {idToken}}: the credential Google Identity Services handed to the storefront. */
    record GoogleSignInRequest(String idToken) {
    }
}
