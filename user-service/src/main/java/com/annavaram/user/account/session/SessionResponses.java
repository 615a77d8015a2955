package com.annavaram.user.account.session;

import java.time.Instant;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.annavaram.user.account.UserEntity;
import com.annavaram.user.account.UserMapper;
import com.annavaram.user.web.ApiResponse;

import io.vertx.core.http.HttpServerRequest;

/** Opens a session and answers with the session response and the refresh cookie. */
@Singleton
public class SessionResponses {

    private final SessionService sessions;
    private final UserMapper mapper;
    private final RefreshCookies cookies;

    SessionResponses(SessionService sessions, UserMapper mapper, RefreshCookies cookies) {
        this.sessions = sessions;
        this.mapper = mapper;
        this.cookies = cookies;
    }

    /** A new session for {@code user}, answered with {@code status}. */
    public Response open(UserEntity user, String message, int status, HttpServerRequest request) {
        Instant now = Instant.now();
        return respond(sessions.open(user, ClientInfo.of(request), now), message, status, request, now);
    }

    public Response respond(SessionService.Opened opened, String message, int status, HttpServerRequest request,
            Instant now) {
        SessionData data = new SessionData(opened.accessToken().token(), opened.accessToken().expiresAt(),
                new SessionData.SessionView(opened.session().getId().toHexString(), opened.session().getExpiresAt()),
                mapper.toResponse(opened.user()));
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.SET_COOKIE, cookies.issue(opened.refreshToken(), opened.session().getExpiresAt(),
                        now, request))
                .entity(ApiResponse.of(message, data)).build();
    }
}
