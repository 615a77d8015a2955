package com.annavaram.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The load generator's HTTP/1.1 client against the JDK's HTTP server and a hand-written one that misbehaves. */
class HttpTest {

    private HttpServer server;
    private String base;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/fixed", exchange -> reply(exchange, 200, "fixed " + exchange.getRequestURI(), false));
        server.createContext("/chunked", exchange -> reply(exchange, 200, "x".repeat(200_000) + "end", true));
        server.createContext("/echo", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + exchange.getRequestHeaders().getFirst("Accept") + " " + body);
            reply(exchange, 201, "{\"got\":" + body.length() + "}", false);
        });
        server.createContext("/missing", exchange -> reply(exchange, 404, "{\"success\":false}", false));
        server.createContext("/empty", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/bye", exchange -> {
            exchange.getResponseHeaders().set("Connection", "close");
            reply(exchange, 200, "bye", false);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void reply(HttpExchange exchange, int status, String body, boolean chunked) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (chunked) {
                for (int i = 0; i < bytes.length; i += 7_000) {
                    out.write(bytes, i, Math.min(7_000, bytes.length - i));
                    out.flush();
                }
            } else {
                out.write(bytes);
            }
        }
    }

    @Test
    void keepsOneConnectionAcrossRequests() throws IOException {
        try (Http http = new Http()) {
            for (int i = 0; i < 50; i++) {
                Http.Response response = http.get(base + "/fixed/" + i + "?q=a%20b", null);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("fixed /fixed/" + i
                        + "?q=a%20b");
            }
        }
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void readsChunkedBodiesWholeAndTheNextResponseAfterThem() throws IOException {
        try (Http http = new Http()) {
            Http.Response chunked = http.get(base + "/chunked", null);
            assertThat(chunked.body()).hasSize(200_003);
            assertThat(new String(chunked.body(), StandardCharsets.UTF_8)).endsWith("xxend");
            assertThat(http.get(base + "/fixed", null).body()).asString(StandardCharsets.UTF_8).isEqualTo(
                    "fixed /fixed");
        }
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void sendsBodiesTokensAndTheHeadersTheFrontEndsSend() throws IOException {
        try (Http http = new Http()) {
            Http.Response created = http.post(base + "/echo", "t0k", "{\"name\":\"పూతరేకులు\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.method()).isEqualTo("POST");
            assertThat(created.path()).isEqualTo("/echo");
            assertThat(http.delete(base + "/echo", null).statusCode()).isEqualTo(201);
        }
        assertThat(seen).containsExactly("POST Bearer t0k application/json application/json {\"name\":\"పూతరేకులు\"}",
                "DELETE null null application/json ");
    }

    @Test
    void reportsErrorStatusesAndEmptyAnswersWithoutLosingTheConnection() throws IOException {
        try (Http http = new Http()) {
            Http.Response missing = http.get(base + "/missing", null);
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).asString(StandardCharsets.UTF_8).isEqualTo("{\"success\":false}");
            Http.Response empty = http.get(base + "/empty", null);
            assertThat(empty.statusCode()).isEqualTo(204);
            assertThat(empty.body()).isEmpty();
            assertThat(http.get(base + "/fixed", null).statusCode()).isEqualTo(200);
        }
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void reconnectsAfterTheServerAnnouncesAClose() throws IOException {
        try (Http http = new Http()) {
            assertThat(http.get(base + "/bye", null).body()).asString(StandardCharsets.UTF_8).isEqualTo("bye");
            assertThat(http.get(base + "/fixed", null).statusCode()).isEqualTo(200);
        }
        assertThat(clientPorts).hasSize(2);
    }

    @Test
    void retriesAGetButNotAPostOnAConnectionTheServerDroppedSilently() throws Exception {
        try (ServerSocket rude = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread answerOnceThenHangUp = new Thread(() -> {
                try {
                    while (true) {
                        try (Socket socket = rude.accept()) {
                            readHead(socket.getInputStream());
                            socket.getOutputStream().write(
                                    "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                                            .getBytes(StandardCharsets.US_ASCII));
                            socket.getOutputStream().flush();
                            readHead(socket.getInputStream()); // the next request: hang up without answering
                        }
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            answerOnceThenHangUp.setDaemon(true);
            answerOnceThenHangUp.start();
            String url = "http://127.0.0.1:" + rude.getLocalPort() + "/x";
            try (Http http = new Http()) {
                assertThat(http.get(url, null).statusCode()).isEqualTo(200);
                assertThat(http.get(url, null).statusCode()).isEqualTo(200);
                assertThatThrownBy(() -> http.post(url, null, "{}")).isInstanceOf(IOException.class);
                assertThat(http.get(url, null).statusCode()).isEqualTo(200);
            }
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }
}
