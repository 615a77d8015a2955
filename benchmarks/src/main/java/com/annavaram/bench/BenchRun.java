package com.annavaram.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.annavaram.bench.data.DataGenerator;
import com.annavaram.bench.data.DataSet;
import com.annavaram.bench.load.LoadGenerator;
import com.annavaram.bench.load.RunResult;
import com.annavaram.bench.load.Scenario;
import com.annavaram.bench.process.ProcessStats;
import com.annavaram.bench.process.StartupProbe;
import com.annavaram.bench.report.BenchReport;
import com.annavaram.bench.report.MachineFacts;
import com.annavaram.bench.report.Targets;
import com.annavaram.bench.scenario.ScenarioCatalog;
import com.annavaram.bench.scenario.Sessions;
import com.annavaram.platform.launch.LocalPlatform;
import com.annavaram.platform.launch.ServiceSpec;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * One benchmark run: an in-memory embedded database in this JVM filled with the generated shop, each service's
 * startup timed on its own, then both services started (rate limits off) and every scenario warmed up once; then per
 * scenario and concurrency level a warm-up and a measured window, the driver-only twin right after its service run.
 */
public final class BenchRun {

    static final String USER = "user-service";
    static final String ADMIN = "admin-service";
    static final String HARNESS = "harness";

    private final BenchOptions options;

    public BenchRun(BenchOptions options) {
        this.options = options;
    }

    public BenchReport run(String command) {
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        MachineFacts machine = MachineFacts.collect(options.projectRoot());
        List<String> names = ScenarioCatalog.resolve(options.scenarios());
        LocalPlatform platform = platform();
        try (platform; MongoClient client = MongoClients.create(platform.startDatabase().mongoUri())) {
            MongoDatabase db = client.getDatabase(platform.database());
            Progress.say("generating " + options.data());
            DataSet data = new DataGenerator(db).generate(options.data());
            List<StartupProbe.Startup> startup = startup(platform);
            Progress.say("starting both services");
            platform.startServices();
            Map<String, Long> watched = new LinkedHashMap<>();
            watched.put(USER, platform.service(ServiceSpec.USER).pid());
            watched.put(ADMIN, platform.service(ServiceSpec.ADMIN).pid());
            watched.put(HARNESS, ProcessHandle.current().pid());
            Sessions sessions = new Sessions(platform.userUrl(), platform.adminUrl(), data);
            Progress.say("logging in " + sessions.customers() + " customers and the admin");
            sessions.refreshCustomers();
            sessions.adminToken();
            ScenarioCatalog catalog = new ScenarioCatalog(platform.userUrl(), platform.adminUrl(), data, sessions, db);
            LoadGenerator load = new LoadGenerator(watched);

            warmUp(names, catalog, load);
            Map<String, ProcessStats.Usage> afterWarmup = memory(watched);
            List<RunResult> runs = new ArrayList<>();
            for (String name : names) {
                for (int concurrency : options.concurrency()) {
                    for (Scenario scenario : catalog.scenarios(name)) {
                        RunResult result = load.run(scenario, concurrency, options.warmup(), options.duration());
                        Progress.say(String.format(java.util.Locale.ROOT,
                                "%-14s %-7s c%-3d %9.1f req/s  p50 %6.2f  p99 %7.2f ms  errors %d  409 %d%s",
                                name, scenario.side(), concurrency, result.requestsPerSecond(), result.p50Ms(),
                                result.p99Ms(), result.errors(), result.expected(),
                                result.checks().isEmpty() ? "" : "  " + result.checks()));
                        runs.add(result);
                    }
                }
            }
            Map<String, ProcessStats.Usage> atEnd = memory(watched);
            return new BenchReport(startedAt, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), command,
                    settings(), machine, MachineFacts.currentLoadAverage(), data(data), startup, afterWarmup, atEnd,
                    runs,
                    Targets.check(runs, startup, afterWarmup), notes());
        }
    }

    private LocalPlatform platform() {
        LocalPlatform.Builder builder = LocalPlatform.builder(options.projectRoot(), options.workDir())
                .persistent(false).env("RATE_LIMITS", "off");
        for (ServiceSpec spec : ServiceSpec.values()) {
            builder.jvmOptions(spec, jvmOptions(spec));
        }
        return builder.build();
    }

    private List<String> jvmOptions(ServiceSpec spec) {
        List<String> jvm = new ArrayList<>(options.serviceJvmOptions());
        if (options.jfr()) {
            jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + options.workDir().resolve(spec.shortName() + "-service.jfr"));
        }
        return jvm;
    }

    private List<StartupProbe.Startup> startup(LocalPlatform platform) {
        List<StartupProbe.Startup> startup = new ArrayList<>();
        if (options.startupRuns() < 1) {
            return startup;
        }
        StartupProbe probe = new StartupProbe(platform, options.serviceJvmOptions(), Map.of("RATE_LIMITS", "off"));
        for (ServiceSpec spec : List.of(ServiceSpec.USER, ServiceSpec.ADMIN)) {
            Progress.say("timing " + spec.shortName() + "-service startup, " + options.startupRuns() + " start(s)");
            startup.add(probe.measure(spec, options.startupRuns()));
        }
        return startup;
    }

    /** Every service scenario once at the first concurrency level, nothing recorded: JIT, caches, pools. */
    private void warmUp(List<String> names, ScenarioCatalog catalog, LoadGenerator load) {
        Progress.say("warming up every scenario for " + options.warmup().toMillis() + " ms");
        for (String name : names) {
            Scenario service = catalog.scenarios(name).get(0);
            load.run(service, options.concurrency().get(0), Duration.ZERO, options.warmup());
        }
    }

    private static Map<String, ProcessStats.Usage> memory(Map<String, Long> watched) {
        Map<String, ProcessStats.Usage> memory = new LinkedHashMap<>();
        memory.put(USER, ProcessStats.memory(watched.get(USER)));
        memory.put(ADMIN, ProcessStats.memory(watched.get(ADMIN)));
        return memory;
    }

    private Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("durationSeconds", options.duration().toMillis() / 1000.0);
        settings.put("warmupSeconds", options.warmup().toMillis() / 1000.0);
        settings.put("concurrency", options.concurrency());
        settings.put("scenarios", ScenarioCatalog.resolve(options.scenarios()));
        settings.put("startupRuns", options.startupRuns());
        settings.put("serviceJvmOptions", options.serviceJvmOptions());
        settings.put("smoke", options.smoke());
        settings.put("jfr", options.jfr());
        return settings;
    }

    private static Map<String, Object> data(DataSet data) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("categories", data.categoryNames().size());
        facts.put("activeProducts", data.products().size());
        facts.put("storedProducts", data.storedProducts());
        facts.put("customers", data.customers().size());
        facts.put("pastOrders", data.orders());
        facts.put("reviews", data.reviews());
        facts.put("hotProducts", data.hotProducts().size());
        facts.put("hotStockPerRun", data.spec().hotStock());
        return facts;
    }

    private static List<String> notes() {
        return List.of(
                "The database is mongo-java-server (the platform's IndexedMemoryBackend) inside the harness JVM: it"
                        + " shares the machine's cores with the load generator and both services, and the harness CPU"
                        + " column includes it.",
                "It reads indexes for equalities only: the product lists, search and category match every active"
                        + " product (for the service and the driver-only client alike), and a collection answers one"
                        + " request at a time.",
                "Closed-loop load (each virtual user waits for its answer): latencies are not corrected for"
                        + " coordinated omission.",
                "Driver-only rows run the service's exact queries (filters, sorts, skip, limit, count, projection)"
                        + " through the same codecs, without HTTP, JSON or mapping; service/driver compares"
                        + " successful requests per second.",
                "Checkout prepares each cart in the database outside the timed request; orders/s counts 201 answers;"
                        + " 409 (hot products sold out) is counted apart. Cart empties each cart every 5 additions"
                        + " in the database, untimed.",
                "Startup: each service started alone, with the data loaded, health polled every 10 ms from the fork; "
                        + "one untimed start first. Each service maps the class-data archive its build dumped (app-cds.jsa).");
    }
}
