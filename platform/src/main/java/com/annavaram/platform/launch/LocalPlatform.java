package com.annavaram.platform.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.annavaram.platform.mongo.EmbeddedMongo;
import com.annavaram.platform.secrets.LocalSecrets;

/**
 * The whole platform started from Java, for system tests, hardening suites and benchmarks: an embedded MongoDB in
 * this JVM (the H2 backend in the work folder, so stopping and starting it keeps the data; or an in-memory one), the
 * local secrets, and the packaged admin-service and user-service as child processes, waited for until healthy. The
 * database can be stopped and started on the same port while the services run, and each service can be stopped,
 * killed and started again with the same settings.
 *
 * <p>
 * The services get what bin/platform gives them: generated secrets, {@code MAIL_LOG=true} (mails, one-time passwords
 * included, in the user-service log), rate limits as configured (pass {@code RATE_LIMITS=off} to switch them off).
 */
public final class LocalPlatform implements AutoCloseable {

    /** Startup budget per service; generous because CI machines run busy. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

    private final Path projectRoot;
    private final Path workDir;
    private final String database;
    private final boolean persistent;
    private final Duration startTimeout;
    private final Map<ServiceSpec, Map<String, String>> env;
    private final Map<ServiceSpec, List<String>> jvmOptions;
    private final Map<ServiceSpec, Integer> ports = Collections.synchronizedMap(new EnumMap<>(ServiceSpec.class));
    private final Map<ServiceSpec, ServiceProcess> running = Collections.synchronizedMap(new EnumMap<>(
            ServiceSpec.class));
    private int mongoPort;
    private EmbeddedMongo mongo;

    private LocalPlatform(Builder builder) {
        this.projectRoot = builder.projectRoot.toAbsolutePath().normalize();
        this.workDir = builder.workDir.toAbsolutePath().normalize();
        this.database = builder.database;
        this.persistent = builder.persistent;
        this.startTimeout = builder.startTimeout;
        this.env = builder.env;
        this.jvmOptions = builder.jvmOptions;
        this.mongoPort = builder.mongoPort;
    }

    /**
     * A platform built from the artifacts under {@code projectRoot} (the folder holding admin-service/ and
     * user-service/), with its logs, secrets and data in {@code workDir}.
     */
    public static Builder builder(Path projectRoot, Path workDir) {
        return new Builder(projectRoot, workDir);
    }

    /**
     * Finds the project root from a module's working directory: the nearest folder, this one or above, that holds
     * both services' folders.
     */
    public static Path findProjectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("admin-service")) && Files.isDirectory(dir.resolve("user-service"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no project root (a folder with admin-service/ and user-service/) above "
                + Path.of("").toAbsolutePath());
    }

    /** Starts the database only; the services follow with {@link #startServices()}. */
    public LocalPlatform startDatabase() {
        if (mongo != null) {
            return this;
        }
        mongo = persistent
                ? EmbeddedMongo.startWithFile("127.0.0.1", mongoPort, workDir.resolve("data/mongo.mv"))
                : EmbeddedMongo.startInMemory("127.0.0.1", mongoPort);
        mongoPort = mongo.port();
        return this;
    }

    /** Stops the database (clients see connection errors); the data stays when the platform is persistent. */
    public void stopDatabase() {
        if (mongo != null) {
            mongo.close();
            mongo = null;
        }
    }

    /** Starts both services at once and waits until both are healthy. */
    public LocalPlatform startServices() {
        startDatabase();
        LocalSecrets.ensure(secretsDir());
        List<CompletableFuture<ServiceProcess>> starting = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.values()) {
            if (!running.containsKey(spec)) {
                starting.add(CompletableFuture.supplyAsync(() -> startService(spec)));
            }
        }
        try {
            starting.forEach(CompletableFuture::join);
        } catch (RuntimeException e) {
            close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return this;
    }

    /** Starts the database and both services. */
    public LocalPlatform start() {
        return startDatabase().startServices();
    }

    /** Starts one service (on the port it had before, if it ran) and waits until it is healthy. */
    public ServiceProcess startService(ServiceSpec spec) {
        ServiceProcess existing = running.get(spec);
        if (existing != null && existing.isAlive()) {
            return existing;
        }
        int port = ports.computeIfAbsent(spec, s -> ServiceProcess.freePort());
        ServiceProcessBuilder launcher = spec.launcher(projectRoot, port, mongoUri(), logFile(spec), jvmOptions.get(
                spec));
        launcher.env(secretsEnv(spec)).env(env.get(spec));
        ServiceProcess process = launcher.start();
        running.put(spec, process);
        return process.awaitHealthy(startTimeout);
    }

    /** Stops one service gracefully (SIGTERM, SIGKILL after the grace period). */
    public void stopService(ServiceSpec spec) {
        ServiceProcess process = running.remove(spec);
        if (process != null) {
            process.close();
        }
    }

    /** Kills one service at once (SIGKILL), as a crash would. */
    public void killService(ServiceSpec spec) {
        ServiceProcess process = running.remove(spec);
        if (process != null) {
            process.kill();
        }
    }

    public ServiceProcess service(ServiceSpec spec) {
        ServiceProcess process = running.get(spec);
        if (process == null) {
            throw new IllegalStateException(spec.shortName() + " is not running");
        }
        return process;
    }

    /** {@code http://127.0.0.1:<admin port>}; the API is under {@code /api}. */
    public String adminUrl() {
        return service(ServiceSpec.ADMIN).baseUrl();
    }

    /** {@code http://127.0.0.1:<user port>}; the API is under {@code /api}. */
    public String userUrl() {
        return service(ServiceSpec.USER).baseUrl();
    }

    /** The log of a service (the user-service log holds the mails, one-time passwords included). */
    public Path logFile(ServiceSpec spec) {
        return workDir.resolve("logs/" + spec.shortName() + ".log");
    }

    public String database() {
        return database;
    }

    public int mongoPort() {
        return mongoPort;
    }

    /** The connection string both services use. */
    public String mongoUri() {
        if (mongoPort == 0) {
            throw new IllegalStateException("the database has not been started yet");
        }
        return "mongodb://127.0.0.1:" + mongoPort + "/" + database;
    }

    public Path workDir() {
        return workDir;
    }

    public Path projectRoot() {
        return projectRoot;
    }

    /** The secret the admin service signs its tokens with (HS256). */
    public String adminJwtSecret() {
        return read(secretsDir().resolve(LocalSecrets.ADMIN_JWT_SECRET));
    }

    /** The PEM files of the storefront's RS256 key pair. */
    public Path userPrivateKey() {
        return secretsDir().resolve(LocalSecrets.JWT_PRIVATE_KEY);
    }

    public Path userPublicKey() {
        return secretsDir().resolve(LocalSecrets.JWT_PUBLIC_KEY);
    }

    /** Stops both services, then the database. */
    @Override
    public void close() {
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.values()) {
            stopping.add(CompletableFuture.runAsync(() -> stopService(spec)));
        }
        stopping.forEach(CompletableFuture::join);
        stopDatabase();
    }

    private Path secretsDir() {
        return workDir.resolve("secrets");
    }

    private Map<String, String> secretsEnv(ServiceSpec spec) {
        Map<String, String> values = new LinkedHashMap<>();
        if (spec == ServiceSpec.ADMIN) {
            values.put("ADMIN_JWT_SECRET", adminJwtSecret());
        } else {
            values.put("JWT_PRIVATE_KEY_PATH", userPrivateKey().toString());
            values.put("JWT_PUBLIC_KEY_PATH", userPublicKey().toString());
            values.put("OTP_PEPPER", read(secretsDir().resolve(LocalSecrets.OTP_PEPPER)));
            values.put("MAIL_LOG", "true");
        }
        return values;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings of a {@link LocalPlatform}. */
    public static final class Builder {

        private final Path projectRoot;
        private final Path workDir;
        private String database = "online_annavaram";
        private boolean persistent = true;
        private int mongoPort;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;
        private final Map<ServiceSpec, Map<String, String>> env = new EnumMap<>(ServiceSpec.class);
        private final Map<ServiceSpec, List<String>> jvmOptions = new EnumMap<>(ServiceSpec.class);

        private Builder(Path projectRoot, Path workDir) {
            this.projectRoot = projectRoot;
            this.workDir = workDir;
            for (ServiceSpec spec : ServiceSpec.values()) {
                env.put(spec, new LinkedHashMap<>());
                jvmOptions.put(spec, ServiceSpec.defaultJvmOptions());
            }
        }

        public Builder database(String database) {
            this.database = database;
            return this;
        }

        /** {@code true} (default): the H2 backend in the work folder; {@code false}: an in-memory database. */
        public Builder persistent(boolean persistent) {
            this.persistent = persistent;
            return this;
        }

        /** The database port; 0 (default) picks a free one. */
        public Builder mongoPort(int mongoPort) {
            this.mongoPort = mongoPort;
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        /** An environment variable for one service, e.g. {@code RATE_LIMITS=off} or {@code CORS_ALLOWED_ORIGINS}. */
        public Builder env(ServiceSpec spec, String key, String value) {
            env.get(spec).put(key, value);
            return this;
        }

        /** An environment variable for both services. */
        public Builder env(String key, String value) {
            env.values().forEach(values -> values.put(key, value));
            return this;
        }

        public Builder jvmOptions(ServiceSpec spec, List<String> options) {
            jvmOptions.put(spec, List.copyOf(options));
            return this;
        }

        public LocalPlatform build() {
            return new LocalPlatform(this);
        }
    }
}
