package com.annavaram.user.account.password;

import java.time.Instant;

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

/** Forgot and reset password (S6, S7). */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
// JSON only: a text/plain body would otherwise be read through the request record's String constructor, so a
// cross-site form (no preflight) could send codes and resets.
@Consumes(MediaType.APPLICATION_JSON)
class PasswordResource {

    static final String CODE_SENT = "If an account exists for this email, we have sent a code to reset the password.";
    static final String RESET = "Password reset successful";
    static final String BODY_REQUIRED = "A JSON body is required.";

    private final PasswordResetService resets;
    private final SessionResponses sessions;

    PasswordResource(PasswordResetService resets, SessionResponses sessions) {
        this.resets = resets;
        this.sessions = sessions;
    }

    @POST
    @Path("/forgot-password")
    @PermitAll
    public ApiResponse<Void> forgotPassword(@Valid @NotNull(message = BODY_REQUIRED) EmailRequest body) {
        resets.forgot(body.email(), Instant.now());
        return ApiResponse.message(CODE_SENT);
    }

    @POST
    @Path("/reset-password")
    @PermitAll
    public Response resetPassword(@Valid @NotNull(message = BODY_REQUIRED) ResetPasswordRequest body,
            @Context HttpServerRequest request) {
        return sessions.open(resets.reset(body, Instant.now()), RESET, 200, request);
    }
}
