package com.annavaram.user.account.profile;

import java.time.Instant;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.annavaram.user.account.UserMapper;
import com.annavaram.user.account.UserResponse;
import com.annavaram.user.account.session.AccessTokens;
import com.annavaram.user.account.session.CurrentAccount;
import com.annavaram.user.web.ApiResponse;

/** The profile page: phone number and e-mail change (S13, S14, S15). */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
// JSON only: a text/plain body would otherwise be read through the request record's String constructor, so a
// cross-site form (no preflight) could send codes and resets.
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessTokens.CUSTOMER)
class ProfileResource {

    static final String PHONE_UPDATED = "Phone number updated";
    static final String CODE_SENT = "We have sent a code to your new email address.";
    static final String EMAIL_CHANGED = "Email address updated";
    static final String BODY_REQUIRED = "A JSON body is required.";

    private final ProfileService profiles;
    private final CurrentAccount current;
    private final UserMapper mapper;

    ProfileResource(ProfileService profiles, CurrentAccount current, UserMapper mapper) {
        this.profiles = profiles;
        this.current = current;
        this.mapper = mapper;
    }

    @PUT
    @Path("/phone")
    public ApiResponse<Map<String, UserResponse>> phone(@Valid @NotNull(message = BODY_REQUIRED) PhoneRequest body) {
        return ApiResponse.of(PHONE_UPDATED, Map.of("user", mapper.toResponse(profiles.changePhone(current.user(),
                body.phone(), Instant.now()))));
    }

    @POST
    @Path("/email/request-change")
    public ApiResponse<Void> requestEmailChange(@Valid @NotNull(message = BODY_REQUIRED) EmailChangeRequest body) {
        profiles.requestEmailChange(current.user(), body.newEmail(), Instant.now());
        return ApiResponse.message(CODE_SENT);
    }

    @POST
    @Path("/email/verify-change")
    public ApiResponse<Map<String, UserResponse>> verifyEmailChange(
            @Valid @NotNull(message = BODY_REQUIRED) VerifyEmailChangeRequest body) {
        return ApiResponse.of(EMAIL_CHANGED, Map.of("user", mapper.toResponse(profiles.verifyEmailChange(
                current.user(), body, Instant.now()))));
    }
}
