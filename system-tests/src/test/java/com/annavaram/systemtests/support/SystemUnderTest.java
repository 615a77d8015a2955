package com.annavaram.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.annavaram.model.alias.AliasViolation;
import com.annavaram.platform.launch.LocalPlatform;
import com.annavaram.platform.launch.ServiceProcess;
import com.annavaram.platform.launch.ServiceSpec;
import com.annavaram.testsupport.AliasChecker;
import com.annavaram.testsupport.LegacyFixtures;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * Everything the stories run against, started once per test run: one embedded MongoDB holding the legacy fixture
 * set, migrated by the packaged migration ({@code run}, then {@code verify}), then the packaged admin-service and
 * user-service on it with rate limits off.
 */
public final class SystemUnderTest implements AutoCloseable {

    /** The legacy admin of the fixture set (fixtures README: "a legacy admin (password {@code Admin@123})"). */
    public static final String LEGACY_ADMIN_EMAIL = "admin@annavaram.test";
    public static final String LEGACY_ADMIN_PASSWORD = "Admin@123";
    /** Every legacy customer's password (fixtures README: "customers (password {@code demo-password})"). */
    public static final String LEGACY_CUSTOMER_PASSWORD = "demo-password";

    /**
     * JVM options of the processes the run starts: the stories are short, so start-up (C1 only, one GC thread on a
     * two-core machine) matters more than peak speed.
     */
    static final List<String> QUICK_START = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final Path WORK_DIR = Path.of("target", "platform");

    private final LocalPlatform platform;
    private final MongoClient client;
    private final MigrationOutcome migration;
    private boolean closed;

    private SystemUnderTest(LocalPlatform platform, MongoClient client, MigrationOutcome migration) {
        this.platform = platform;
        this.client = client;
        this.migration = migration;
    }

    /** What the migration left before any service started: exit codes, counts, unequal pairs. */
    public record MigrationOutcome(Migration.Result run, Migration.Result verify, Map<String, Long> counts,
            List<AliasViolation> unequalPairs) {
    }

    /** Loads the fixtures, migrates, starts both services; fails with the migration's output if it fails. */
    static SystemUnderTest start() {
        deleteLogs();
        Path artifacts = Artifacts.snapshot(LocalPlatform.findProjectRoot(), WORK_DIR.resolve("artifacts"));
        LocalPlatform.Builder builder = LocalPlatform.builder(artifacts, WORK_DIR).persistent(false).env("RATE_LIMITS",
                "off");
        for (ServiceSpec spec : ServiceSpec.values()) {
            builder.jvmOptions(spec, QUICK_START);
        }
        LocalPlatform platform = builder.build();
        MongoClient client = null;
        try {
            platform.startDatabase();
            client = MongoClients.create(platform.mongoUri());
            MongoDatabase db = client.getDatabase(platform.database());
            LegacyFixtures.load(db);
            MigrationOutcome migration = migrate(platform, db);
            platform.startServices();
            SystemUnderTest system = new SystemUnderTest(platform, client, migration);
            // A test JVM ended by a signal (a timeout, Ctrl-C) still stops the services it started.
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "system-tests-shutdown"));
            return system;
        } catch (RuntimeException | Error e) {
            if (client != null) {
                client.close();
            }
            platform.close();
            throw e;
        }
    }

    private static MigrationOutcome migrate(LocalPlatform platform, MongoDatabase db) {
        Migration migration = new Migration(platform);
        Migration.Result run = migration.run();
        if (!run.ok()) {
            throw new IllegalStateException(run.toString());
        }
        Migration.Result verify = migration.verify();
        if (!verify.ok()) {
            throw new IllegalStateException(verify.toString());
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String name : db.listCollectionNames()) {
            counts.put(name, db.getCollection(name).countDocuments());
        }
        return new MigrationOutcome(run, verify, counts, AliasChecker.scan(db));
    }

    public LocalPlatform platform() {
        return platform;
    }

    public MongoDatabase database() {
        return client.getDatabase(platform.database());
    }

    public MigrationOutcome migration() {
        return migration;
    }

    /** The legacy super admin, logged in. */
    public AdminApi admin() {
        return AdminApi.loggedIn(platform.adminUrl(), LEGACY_ADMIN_EMAIL, LEGACY_ADMIN_PASSWORD);
    }

    public String adminUrl() {
        return platform.adminUrl();
    }

    public ShopApi shop() {
        return new ShopApi(platform.userUrl(), new MailLog(platform.logFile(ServiceSpec.USER)));
    }

    /** Fails when a service process is gone (it crashed, or something outside the run stopped it). */
    void assertServicesRunning() {
        for (ServiceSpec spec : ServiceSpec.values()) {
            ServiceProcess process = platform.service(spec);
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.shortName() + "-service is no longer running; end of "
                        + process.logFile() + ":\n" + String.join("\n", process.logTail(30)));
            }
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            client.close();
            platform.close();
        }
    }

    private static void deleteLogs() {
        Path logs = WORK_DIR.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.walk(logs)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
