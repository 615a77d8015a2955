package com.annavaram.platform.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service running as a child process, with its output in a log file: started from a command line and an
 * environment, polled until its health endpoint answers 200, stopped with SIGTERM and, after a grace period, SIGKILL.
 * For the system tests and anything else that starts the packaged services from Java.
 */
public final class ServiceProcess implements AutoCloseable {

    /** How long {@link #close()} lets a service shut down before killing it. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int TAIL_LINES = 40;

    private final String name;
    private final Process process;
    private final int port;
    private final String healthPath;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ServiceProcess(String name, Process process, int port, String healthPath, Path logFile) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.healthPath = healthPath;
        this.logFile = logFile;
    }

    /** A process to describe and start. */
    public static ServiceProcessBuilder builder(String name) {
        return new ServiceProcessBuilder(name);
    }

    /** A port that was free a moment ago, for services started on a random port. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Whether the health endpoint answers 200 right now. */
    public boolean isHealthy() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + healthPath)).timeout(Duration.ofSeconds(2))
                .GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits until the service is healthy. Fails at once when the process exits, and after {@code timeout} otherwise,
     * with the end of the log in the message.
     */
    public ServiceProcess awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!isHealthy()) {
            if (!process.isAlive()) {
                throw new ServiceStartException(name + " exited with " + process.exitValue() + " before it was "
                        + "healthy; end of " + logFile + ":\n" + String.join("\n", logTail(TAIL_LINES)));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ServiceStartException(name + " not healthy at " + baseUrl() + healthPath + " after "
                        + timeout.toSeconds() + " s; end of " + logFile + ":\n" + String.join("\n",
                                logTail(TAIL_LINES)));
            }
            sleep(POLL);
        }
        return this;
    }

    /** The last {@code lines} lines of the log. */
    public List<String> logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(cannot read " + logFile + ": " + e.getMessage() + ")");
        }
    }

    /** SIGTERM to the process and its descendants, SIGKILL to whatever is left after {@code grace}. */
    public void stop(Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        while (all.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(100));
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(grace.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL to the process and its descendants, as a crash would end it; waits until they are gone. */
    public void kill() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(DEFAULT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(DEFAULT_GRACE);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceStartException("interrupted");
        }
    }
}
