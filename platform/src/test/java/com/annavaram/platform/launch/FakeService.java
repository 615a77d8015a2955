package com.annavaram.platform.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

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
                + ", MONGODB_URI=" + System.getenv("MONGODB_URI") + ", secrets=" + (System.getenv(
                        "ADMIN_JWT_SECRET") != null || System.getenv("JWT_PRIVATE_KEY_PATH") != null)
                + ", dir=" + Path.of("").toAbsolutePath() + ", jvm=" + ManagementFactory.getRuntimeMXBean()
                        .getInputArguments());
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

    /** Writes an executable jar at {@code jar} that runs this stand-in. */
    static void writeJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }
}
