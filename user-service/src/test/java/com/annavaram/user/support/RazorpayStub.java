package com.annavaram.user.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Razorpay's Orders API ({@code POST /v1/orders} with basic auth), so no test calls the real
 * service. {@code POST /__fail} makes the next order call answer 500; {@code GET /__count} tells how many orders were
 * created. The port is kept in a system property so every class loader of the JVM reaches the same stub.
 */
public final class RazorpayStub {

    public static final String KEY_ID = "rzp_test_annavaram";
    public static final String KEY_SECRET = "test-key-secret";
    public static final String WEBHOOK_SECRET = "test-webhook-secret";
    private static final String PORT_PROPERTY = "annavaram.test.razorpay.port";
    private static final Pattern AMOUNT = Pattern.compile("\"amount\"\\s*:\\s*(\\d+)");
    private static final Pattern RECEIPT = Pattern.compile("\"receipt\"\\s*:\\s*\"([^\"]*)\"");

    private static final AtomicInteger CREATED = new AtomicInteger();
    private static final AtomicBoolean FAIL_NEXT = new AtomicBoolean();

    private RazorpayStub() {
    }

    /** The API base the service is configured with, starting the stub on first use. */
    public static synchronized String apiBase() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** Makes the next order call fail with a 500. */
    public static void failNextOrder() {
        call("POST", "/__fail");
    }

    public static int ordersCreated() {
        return Integer.parseInt(call("GET", "/__count").trim());
    }

    /** HMAC-SHA256 in hex, as Razorpay signs checkout results and webhooks. */
    public static String sign(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int port() {
        String existing = System.getProperty(PORT_PROPERTY);
        if (existing != null) {
            return Integer.parseInt(existing);
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/orders", RazorpayStub::orders);
            server.createContext("/__fail", exchange -> {
                FAIL_NEXT.set(true);
                respond(exchange, 200, "ok");
            });
            server.createContext("/__count", exchange -> respond(exchange, 200, String.valueOf(CREATED.get())));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "razorpay-stub-shutdown"));
            int port = server.getAddress().getPort();
            System.setProperty(PORT_PROPERTY, String.valueOf(port));
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void orders(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((KEY_ID + ":" + KEY_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!"POST".equals(exchange.getRequestMethod())
                || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"auth\"}}");
            return;
        }
        if (FAIL_NEXT.getAndSet(false)) {
            respond(exchange, 500, "{\"error\":{\"code\":\"SERVER_ERROR\"}}");
            return;
        }
        Matcher amount = AMOUNT.matcher(body);
        Matcher receipt = RECEIPT.matcher(body);
        if (!amount.find()) {
            respond(exchange, 400, "{\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"amount\"}}");
            return;
        }
        String id = "order_T" + String.format("%013d", CREATED.incrementAndGet());
        respond(exchange, 200, "{\"id\":\"" + id + "\",\"entity\":\"order\",\"amount\":" + amount.group(1)
                + ",\"currency\":\"INR\",\"receipt\":\"" + (receipt.find() ? receipt.group(1) : "")
                + "\",\"status\":\"created\"}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String call(String method, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
