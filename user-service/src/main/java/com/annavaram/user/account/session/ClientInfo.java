package com.annavaram.user.account.session;

import io.vertx.core.http.HttpServerRequest;

/** Who is calling, as recorded on a session. */
public record ClientInfo(String userAgent, String ipAddress) {

    public static ClientInfo of(HttpServerRequest request) {
        String ip = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return new ClientInfo(request.getHeader("User-Agent"), ip);
    }
}
