package com.annavaram.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One virtual user's HTTP/1.1 client on loopback: keeps its connection, reads every response body in full, sends
 * what the front ends send ({@code Accept: application/json}, a bearer token where logged in).
 */
public final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public HttpResponse<byte[]> get(String url, String token) throws IOException, InterruptedException {
        return send(request(url, token).GET());
    }

    public HttpResponse<byte[]> post(String url, String token, String json) throws IOException, InterruptedException {
        return send(request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<byte[]> delete(String url, String token) throws IOException, InterruptedException {
        return send(request(url, token).DELETE());
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
