package com.annavaram.user.account.signup;

import java.time.Instant;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.annavaram.user.account.EmailRequest;
import com.annavaram.user.account.session.SessionResponses;
import com.annavaram.user.web.ApiResponse;

import io.vertx.core.http.HttpServerRequest;

/** Sign-up, e-mail verification and resending the code (S1, S2, S3). */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
// JSON only: a text/plain body would otherwise be read through the request record's String constructor, so a
// cross-site form (no preflight) could send codes and resets.
@Consumes(MediaType.APPLICATION_JSON)
class SignupResource {

    static final String SIGNED_UP = "Account created. We have sent a verification code to your email.";
    static final String VERIFIED = "Email verified successfully";
    static final String RESENT = "If this email belongs to an account waiting for verification, a new code has been "
            + "sent.";
    static final String BODY_REQUIRED = "A JSON body is required.";

    private final SignupService signups;
    private final SessionResponses sessions;

    SignupResource(SignupService signups, SessionResponses sessions) {
        this.signups = signups;
        this.sessions = sessions;
    }

    @POST
    @Path("/signup")
    @PermitAll
    public Response signup(@Valid @NotNull(message = BODY_REQUIRED) SignupRequest body) {
        String email = signups.signup(body, Instant.now()).getEmail();
        return Response.status(201).entity(ApiResponse.of(SIGNED_UP, Map.of("email", email))).build();
    }

    @POST
    @Path("/verify-email")
    @PermitAll
    public Response verifyEmail(@Valid @NotNull(message = BODY_REQUIRED) VerifyEmailRequest body,
            @Context HttpServerRequest request) {
        return sessions.open(signups.verify(body, Instant.now()), VERIFIED, 200, request);
    }

    @POST
    @Path("/resend-otp")
    @PermitAll
    public ApiResponse<Void> resendOtp(@Valid @NotNull(message = BODY_REQUIRED) EmailRequest body) {
        signups.resend(body.email(), Instant.now());
        return ApiResponse.message(RESENT);
    }
}
