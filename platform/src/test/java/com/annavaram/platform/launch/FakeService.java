package com.annavaram.platform.launch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in service for the launcher tests: {@code FakeService [healthy|crash|unhealthy|stubborn]}, port in
 * {@code PORT}; every path answers as the health endpoint would.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String mode = args.length == 0 ? "healthy" : args[0];
        int port = Integer.parseInt(System.getenv("PORT"));
        System.out.println("fake service " + mode + " on " + port + ", GREETING=" + System.getenv("GREETING")
                + ", MONGODB_URI=" + System.getenv("MONGODB_URI"));
        if (mode.equals("crash")) {
            System.out.println("boom: cannot start");
            System.exit(3);
        }
        if (mode.equals("stubborn")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        Thread.sleep(300);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        int status = mode.equals("unhealthy") ? 503 : 200;
        server.createContext("/", exchange -> {
            byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
