package com.annavaram.user.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.annavaram.user.error.ApiException;
import com.annavaram.user.error.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * What every response needs whatever produced it (a resource, a mapper, the security layer, a 404 of the router):
 * CORS for exactly the configured origins with credentials, security headers, the body size limit and the per-IP
 * limit. Headers are added just before the response is written, so error responses carry them too.
 */
@Singleton
class HttpFilters {

    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept";
    static final String EXPOSED_HEADERS = "Retry-After";
    static final String API = "/api/";
    static final String AUTH = "/api/auth/";

    private static final Logger LOG = Logger.getLogger(HttpFilters.class);

    private final Set<String> allowedOrigins;
    private final long maxBodyBytes;
    private final boolean rateLimited;
    private final RateLimiter perIp;
    private final ObjectMapper json;

    HttpFilters(WebConfig config, ObjectMapper json) {
        this.allowedOrigins = new LinkedHashSet<>();
        config.cors().allowedOrigins().stream().map(String::trim).filter(o -> !o.isEmpty())
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o).forEach(allowedOrigins::add);
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        this.rateLimited = config.rateLimit().enabled();
        this.perIp = new RateLimiter(Math.max(1, config.rateLimit().perIpPerMinute()), Duration.ofMinutes(1));
        this.json = json;
        LOG.infof("CORS origins %s; per-IP limit %s", allowedOrigins,
                rateLimited ? config.rateLimit().perIpPerMinute() + "/min" : "off");
    }

    void register(@Observes Filters filters) {
        // Higher priorities run first: CORS and headers wrap everything, including the refusals below.
        filters.register(this::corsAndHeaders, 400);
        filters.register(this::bodySize, 300);
        filters.register(this::perIpLimit, 200);
    }

    void corsAndHeaders(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean allowed = origin != null && allowedOrigins.contains(origin);
        String path = request.path();
        boolean secure = isHttps(request);
        context.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = context.response();
            response.headers().add(HttpHeaders.VARY, "Origin");
            if (allowed) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
                response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
            }
            response.putHeader("X-Content-Type-Options", "nosniff");
            response.putHeader("X-Frame-Options", "DENY");
            response.putHeader("Referrer-Policy", "no-referrer");
            if (!path.startsWith("/q/")) {
                // The Swagger UI under /q needs scripts; the API itself never serves active content.
                response.putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            }
            if (path.startsWith(AUTH)) {
                response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            if (secure) {
                response.putHeader("Strict-Transport-Security", "max-age=31536000");
            }
        });
        if (request.method() == HttpMethod.OPTIONS && origin != null
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            if (!allowed) {
                LOG.warnf("403 on preflight %s from origin %s", path, origin);
                problem(context, Problem.of(403, "This origin is not allowed.", path), Optional.empty());
                return;
            }
            context.response().setStatusCode(204)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600").end();
            return;
        }
        context.next();
    }

    void bodySize(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long bytes;
            try {
                bytes = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                bytes = -1;
            }
            if (bytes < 0) {
                problem(context, Problem.of(400, "Invalid Content-Length.", context.request().path()),
                        Optional.empty());
                return;
            }
            if (bytes > maxBodyBytes) {
                LOG.warnf("413 on %s: %d bytes", context.request().path(), bytes);
                problem(context, Problem.of(413, "The request body is too large.", context.request().path()),
                        Optional.empty());
                return;
            }
        }
        context.next();
    }

    void perIpLimit(RoutingContext context) {
        String path = context.request().path();
        if (!rateLimited || !path.startsWith(API)) {
            context.next();
            return;
        }
        String ip = clientAddress(context.request());
        Optional<Duration> wait = perIp.tryAcquire(ip, Instant.now());
        if (wait.isPresent()) {
            LOG.warnf("429 on %s: per-IP limit for %s", path, ip);
            problem(context, Problem.of(429, "Too many requests. Please slow down and try again shortly.", path), wait);
            return;
        }
        context.next();
    }

    /** The peer address; behind a proxy, Quarkus resolves the forwarded one when proxy forwarding is configured. */
    static String clientAddress(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    static boolean isHttps(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return request.isSSL() || forwarded != null && forwarded.trim().equalsIgnoreCase("https");
    }

    private void problem(RoutingContext context, Problem problem, Optional<Duration> retryAfter) {
        HttpServerResponse response = context.response();
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        retryAfter.ifPresent(wait -> response.putHeader("Retry-After",
                String.valueOf(ApiException.retryAfterSeconds(wait))));
        try {
            response.end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.end();
        }
    }
}
