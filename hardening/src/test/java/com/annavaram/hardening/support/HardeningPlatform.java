package com.annavaram.hardening.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.annavaram.platform.demo.DemoData;
import com.annavaram.platform.launch.LocalPlatform;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * The platform the suite attacks, started once per test run and shared by every class that uses this extension: the
 * embedded database (H2 file backend, so the outage test can stop and start it keeping data and port), the demo data,
 * and both packaged services with {@code RATE_LIMITS=off} (the per-account lockouts stay on) and a short
 * {@code ORDER_HOLD_TIMEOUT}; the account sweeper (expired sessions and codes) is held back so it cannot write during
 * the hostile catalogue's before/after comparison. Classes that need other
 * settings start their own {@link LocalPlatform} through {@link #start(String, boolean, String...)}.
 */
public final class HardeningPlatform implements BeforeAllCallback {

    /**
     * How long a placement may run before the user-service's hold sweeper treats it as dead (default 30 s), shortened
     * so the fault tests see the repair within their run.
     */
    public static final String HOLD_TIMEOUT = "10s";
    private static final String KEY = "hardening-platform";
    private static volatile Stage stage;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(KEY, key -> {
            stage = Stage.of(start("shared", true, "RATE_LIMITS", "off", "ORDER_HOLD_TIMEOUT", HOLD_TIMEOUT,
                    "ORDER_HOLD_SWEEPER_INTERVAL", "2s", "SWEEPER_INTERVAL", "24h"));
            return stage;
        }, Stage.class);
    }

    /** The shared platform; only valid inside a class that uses this extension. */
    public static Stage stage() {
        if (stage == null) {
            throw new IllegalStateException("@ExtendWith(HardeningPlatform.class) is missing");
        }
        return stage;
    }

    /**
     * A fresh platform in {@code target/platforms/<name>}: demo data loaded, services started with the given
     * environment pairs.
     */
    public static LocalPlatform start(String name, boolean persistent, String... env) {
        Path root = LocalPlatform.findProjectRoot();
        Path work = root.resolve("hardening/target/platforms/" + name);
        deleteTree(work);
        LocalPlatform.Builder builder = LocalPlatform.builder(root, work).persistent(persistent);
        for (int i = 0; i + 1 < env.length; i += 2) {
            builder.env(env[i], env[i + 1]);
        }
        LocalPlatform platform = builder.build();
        platform.startDatabase();
        try (MongoClient client = client(platform)) {
            DemoData.loadIfEmpty(client.getDatabase(platform.database()));
        }
        return platform.startServices();
    }

    /** A client of the platform's database that gives up quickly while it is down. */
    public static MongoClient client(LocalPlatform platform) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(platform.mongoUri()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS)).build());
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running platform with clients for both services and the database. */
    public record Stage(LocalPlatform platform, MongoClient mongo, Http admin, Http store) implements AutoCloseable {

        static Stage of(LocalPlatform platform) {
            return new Stage(platform, client(platform), new Http(platform.adminUrl()), new Http(platform.userUrl()));
        }

        public MongoDatabase db() {
            return mongo.getDatabase(platform.database());
        }

        public Accounts accounts() {
            return new Accounts(this);
        }

        @Override
        public void close() {
            mongo.close();
            platform.close();
        }
    }
}
