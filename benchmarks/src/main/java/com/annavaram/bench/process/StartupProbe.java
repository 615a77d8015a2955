package com.annavaram.bench.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.annavaram.platform.launch.LocalPlatform;
import com.annavaram.platform.launch.ServiceProcess;
import com.annavaram.platform.launch.ServiceSpec;
import com.annavaram.platform.secrets.LocalSecrets;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Times a service's start with its jar already built: launched alone against the platform's database (loaded with
 * the benchmark data), its health endpoint polled every {@value #POLL_MILLIS} ms from the moment the process is
 * forked until it answers 200; also the start time the service logs itself. Then the service is stopped again. One
 * untimed start comes first.
 */
public final class StartupProbe {

    static final long POLL_MILLIS = 10;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Quarkus: "... started in 1.234s."; Spring Boot: "Started X in 4.5 seconds (process running for 5.1)". */
    private static final Pattern QUARKUS = Pattern.compile("started in ([0-9.]+)s");
    private static final Pattern SPRING = Pattern.compile("process running for ([0-9.]+)\\)");

    private final LocalPlatform platform;
    private final List<String> jvmOptions;
    private final Map<String, String> env;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public StartupProbe(LocalPlatform platform, List<String> jvmOptions, Map<String, String> env) {
        this.platform = platform;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.env = Map.copyOf(env);
    }

    /**
     * One service's starts.
     *
     * @param healthySeconds from fork to the first 200 of the health endpoint, per run
     * @param loggedSeconds what the service logged (Quarkus "started in", Spring Boot "process running for")
     * @param rssMbAtHealthy resident memory right after the first 200, per run
     */
    public record Startup(String service, String healthPath, List<Double> healthySeconds, List<Double> loggedSeconds,
            List<Double> rssMbAtHealthy) {

        @JsonProperty
        public double bestHealthySeconds() {
            return healthySeconds.stream().mapToDouble(Double::doubleValue).min().orElse(-1);
        }

        @JsonProperty
        public double medianHealthySeconds() {
            List<Double> sorted = healthySeconds.stream().sorted().toList();
            return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
        }
    }

    public Startup measure(ServiceSpec spec, int runs) {
        LocalSecrets.ensure(secretsDir());
        List<Double> healthy = new ArrayList<>();
        List<Double> logged = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        // Run 0 is not timed: it warms the file cache and the embedded database's code paths in the harness JVM,
        // which shares the two cores with the starting service (the first start was up to a second slower).
        for (int run = 0; run <= runs; run++) {
            int port = ServiceProcess.freePort();
            Path log = platform.workDir().resolve("logs/startup-" + spec.shortName() + "-" + run + ".log");
            var launcher = spec.launcher(platform.projectRoot(), port, platform.mongoUri(), log, jvmOptions)
                    .env(secrets(spec)).env(env);
            long forked = System.nanoTime();
            try (ServiceProcess process = launcher.start()) {
                String url = process.baseUrl() + spec.healthPath();
                while (!healthy(url)) {
                    if (!process.isAlive() || System.nanoTime() - forked > TIMEOUT.toNanos()) {
                        throw new IllegalStateException(spec.shortName() + " did not become healthy; end of " + log
                                + ":\n" + String.join("\n", process.logTail(30)));
                    }
                    sleep(POLL_MILLIS);
                }
                double seconds = Math.round((System.nanoTime() - forked) / 1e6) / 1000.0;
                if (run > 0) {
                    healthy.add(seconds);
                    rss.add(ProcessStats.memory(process.pid()).rssMb());
                    logged.add(loggedSeconds(log));
                }
            }
        }
        return new Startup(spec.shortName() + "-service", spec.healthPath(), healthy, logged, rss);
    }

    private boolean healthy(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(1)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The start time the service printed, waiting up to a second for the line; -1 when there is none. */
    private static double loggedSeconds(Path log) {
        for (int i = 0; i < 20; i++) {
            try {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                for (Pattern pattern : List.of(SPRING, QUARKUS)) {
                    Matcher matcher = pattern.matcher(text);
                    if (matcher.find()) {
                        return Double.parseDouble(matcher.group(1));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not written yet
            }
            sleep(50);
        }
        return -1;
    }

    /** What LocalPlatform gives each service: the generated secrets, and mails to the log. */
    private Map<String, String> secrets(ServiceSpec spec) {
        Map<String, String> values = new LinkedHashMap<>();
        if (spec == ServiceSpec.ADMIN) {
            values.put("ADMIN_JWT_SECRET", platform.adminJwtSecret());
        } else {
            values.put("JWT_PRIVATE_KEY_PATH", platform.userPrivateKey().toString());
            values.put("JWT_PUBLIC_KEY_PATH", platform.userPublicKey().toString());
            try {
                values.put("OTP_PEPPER", Files.readString(secretsDir().resolve(LocalSecrets.OTP_PEPPER)).strip());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            values.put("MAIL_LOG", "true");
        }
        return values;
    }

    private Path secretsDir() {
        return platform.workDir().resolve("secrets");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
