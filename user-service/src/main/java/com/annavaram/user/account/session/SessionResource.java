package com.annavaram.user.account.session;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.annavaram.user.account.UserMapper;
import com.annavaram.user.account.UserResponse;
import com.annavaram.user.error.ApiException;
import com.annavaram.user.error.Problem;
import com.annavaram.user.web.ApiResponse;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/** Login, token refresh, logout and the current user (S4, S8). */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
class SessionResource {

    static final String REFRESH_HEADER = "x-refresh-token";
    static final String LOGGED_IN = "Login successful";
    static final String REFRESHED = "Session refreshed";
    static final String LOGGED_OUT = "Logged out";
    static final String LOGGED_OUT_ALL = "Logged out from all sessions";

    private static final Logger LOG = Logger.getLogger(SessionResource.class);

    private final LoginService logins;
    private final SessionService sessions;
    private final SessionResponses responses;
    private final RefreshCookies cookies;
    private final CurrentAccount current;
    private final SecurityIdentity identity;
    private final UserMapper mapper;
    private final ObjectMapper json;

    SessionResource(LoginService logins, SessionService sessions, SessionResponses responses, RefreshCookies cookies,
            CurrentAccount current, SecurityIdentity identity, UserMapper mapper, ObjectMapper json) {
        this.logins = logins;
        this.sessions = sessions;
        this.responses = responses;
        this.cookies = cookies;
        this.current = current;
        this.identity = identity;
        this.mapper = mapper;
        this.json = json;
    }

    @POST
    @Path("/login")
    @PermitAll
    public Response login(@Valid @NotNull(message = "A JSON body is required.") LoginRequest body,
            @Context HttpServerRequest request) {
        return responses.open(logins.authenticate(body.email(), body.password(), Instant.now()), LOGGED_IN, 200,
                request);
    }

    /**
     * The storefront sends no body and relies on the cookie; {@code {refreshToken}} in the body and the
     * {@value #REFRESH_HEADER} header are accepted too. A failed refresh also clears the cookie.
     */
    @POST
    @Path("/refresh")
    @PermitAll
    public Response refresh(@CookieParam(RefreshCookies.NAME) String cookie,
            @HeaderParam(REFRESH_HEADER) String header, String body, @Context HttpServerRequest request) {
        Instant now = Instant.now();
        try {
            String token = firstPresent(cookie, header, fromBody(body));
            if (token == null) {
                throw ApiException.unauthorized("No refresh token was sent. Please log in again.");
            }
            return responses.respond(sessions.rotate(token, ClientInfo.of(request), now), REFRESHED, 200, request,
                    now);
        } catch (ApiException e) {
            LOG.warnf("%d on /api/auth/refresh: %s", e.status(), e.getMessage());
            return Response.status(e.status()).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.SET_COOKIE, cookies.clear(request))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .entity(Problem.of(e.status(), e.getMessage(), request.path())).build();
        }
    }

    /** Ends the session of the refresh token sent, or else of the access token; always clears the cookie. */
    @POST
    @Path("/logout")
    @PermitAll
    public Response logout(@CookieParam(RefreshCookies.NAME) String cookie,
            @HeaderParam(REFRESH_HEADER) String header, String body, @Context HttpServerRequest request) {
        Instant now = Instant.now();
        String token = firstPresent(cookie, header, fromBody(body));
        if (token != null) {
            sessions.revokeByRefreshToken(token, now);
        } else if (!identity.isAnonymous()) {
            sessions.revoke(current.sessionId(), SessionService.LOGOUT, now);
        }
        return Response.ok(ApiResponse.message(LOGGED_OUT)).header(HttpHeaders.SET_COOKIE, cookies.clear(request))
                .build();
    }

    @POST
    @Path("/logout-all")
    @RolesAllowed(AccessTokens.CUSTOMER)
    public Response logoutAll(@Context HttpServerRequest request) {
        long revoked = sessions.revokeAll(current.userId(), SessionService.LOGOUT_ALL, null, Instant.now());
        return Response.ok(ApiResponse.of(LOGGED_OUT_ALL, Map.of("revokedSessions", revoked)))
                .header(HttpHeaders.SET_COOKIE, cookies.clear(request)).build();
    }

    @GET
    @Path("/me")
    @RolesAllowed(AccessTokens.CUSTOMER)
    public ApiResponse<Map<String, UserResponse>> me() {
        return ApiResponse.of(null, Map.of("user", mapper.toResponse(current.user())));
    }

    /** {@code refreshToken} of an optional JSON body; anything unreadable counts as absent. */
    private String fromBody(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            RefreshRequest request = json.readValue(body, RefreshRequest.class);
            return request == null ? null : request.refreshToken();
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstPresent(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return null;
    }

    /** The optional body of refresh and logout. */
    record RefreshRequest(String refreshToken) {
    }
}
