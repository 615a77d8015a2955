package com.annavaram.hardening.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTTP client for one service, on the JDK's client so bodies go out byte for byte (invalid UTF-8, duplicate
 * query parameters, raw operator keys) without a library tidying them up.
 */
public final class Http {

    /** Longer than any answer may take; a request that needs it has hung. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Call call(String method, String pathAndQuery) {
        return new Call(method, pathAndQuery);
    }

    public Call get(String path) {
        return call("GET", path);
    }

    public Call post(String path) {
        return call("POST", path);
    }

    public Call put(String path) {
        return call("PUT", path);
    }

    public Call patch(String path) {
        return call("PATCH", path);
    }

    public Call delete(String path) {
        return call("DELETE", path);
    }

    /** One request being described. */
    public final class Call {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private Duration timeout = TIMEOUT;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call bearer(String token) {
            return token == null ? this : header("Authorization", "Bearer " + token);
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call json(Object body) {
            return body(body instanceof String text ? text : Json.write(body));
        }

        public Call body(String json) {
            return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        public Call body(byte[] bytes, String contentType) {
            this.body = bytes;
            return header("Content-Type", contentType);
        }

        public Call timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Reply send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                    .method(method, body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(response.statusCode(), response.headers(), response.body(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (IOException e) {
                throw new HttpFailure(method + " " + path + " failed after "
                        + (System.nanoTime() - start) / 1_000_000 + " ms: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HttpFailure("interrupted: " + method + " " + path, e);
            }
        }
    }

    /** No HTTP answer at all: the connection failed or the request timed out. */
    public static final class HttpFailure extends RuntimeException {

        HttpFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
