package com.annavaram.migration;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.bson.RawBsonDocument;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Benchmark, not a test: {@code run} on generated legacy data (half admin, half storefront products, 30% of the
 * storefront ones duplicates, two orders per product) against the embedded server, compared in the same session with
 * a plain copy of the same collections by bulk inserts. The server, the copy and the migration each run in their own
 * JVM; the copy and the migration get {@code -Xmx512m}, and the migration reports its peak heap.
 *
 * <pre>
 * ./mvnw -o -q -pl migration test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 * java -cp migration/target/test-classes:migration/target/classes:$(cat migration/target/bench.cp) \
 *     com.annavaram.migration.MigrationBenchmark 100000 200000
 * </pre>
 */
public final class MigrationBenchmark {

    private static final List<String> COLLECTIONS = List.of("adminproducts", "products", "categories", "orders",
            "order_items", "reviews", "carts", "cart_items", "wishlists", "users", "payments");

    private MigrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : products * 2;
        System.out.printf("load average before: %.2f%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        Process server = java("-Xmx12g", Server.class, List.of());
        BufferedReader serverOut = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        String line = serverOut.readLine();
        while (line != null && !line.startsWith("PORT ")) {
            line = serverOut.readLine();
        }
        String port = line.replace("PORT ", "");
        String uri = "mongodb://127.0.0.1:" + port + "/bench";
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase("bench");
            long start = System.nanoTime();
            double share = products / 100_000.0;
            LegacyDataGenerator.Generated generated = new LegacyDataGenerator(db, 42).generate(
                    new LegacyDataGenerator.Shape(products / 2, products / 2, 0.30, orders, (int) (40_000 * share),
                            (int) Math.max(20, 20_000 * share), (int) Math.max(10, 10_000 * share),
                            (int) (20_000 * share), (int) (20_000 * share)));
            System.out.printf("generated %d products (%d duplicates, %d after the merge), %d orders in %.1f s%n",
                    products, generated.duplicates(), generated.expectedProducts(), generated.orders(),
                    seconds(start));
            for (String c : COLLECTIONS) {
                System.out.printf("  %-12s %d documents%n", c, db.getCollection(c).estimatedDocumentCount());
            }

            start = System.nanoTime();
            long serverCpu = cpuMillis(server);
            Process copyProcess = java("-Xmx512m", Copy.class, List.of(uri));
            String copyCpu = relay(copyProcess).replace("peak heap unknown", "");
            int copyExit = copyProcess.waitFor();
            double copy = seconds(start);
            long copyServerCpu = cpuMillis(server) - serverCpu;
            System.out.printf("plain copy by bulk inserts: %.1f s (exit %d); CPU: client %s ms, server %d ms%n", copy,
                    copyExit, copyCpu, copyServerCpu);
            for (String c : COLLECTIONS) {
                db.getCollection(c + "_plaincopy").drop();
            }

            start = System.nanoTime();
            serverCpu = cpuMillis(server);
            System.setProperty("bench.serverPid", Long.toString(server.pid()));
            Process run = java("-Xmx" + System.getProperty("bench.runHeap", "512m"), Measured.class,
                    List.of("run", "--uri", uri, "--no-progress",
                            "--report", System.getProperty("java.io.tmpdir") + "/migration-benchmark-report.json"));
            String peak = relay(run);
            int runExit = run.waitFor();
            double migration = seconds(start);
            long runServerCpu = cpuMillis(server) - serverCpu;
            System.out.printf("migration run: %.1f s (exit %d), %s; server CPU %d ms%n", migration, runExit, peak,
                    runServerCpu);
            System.out.printf("ratio run / plain copy: %.2f (target <= 5); load average now %.2f%n", migration / copy,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            StringBuilderWriter verify = new StringBuilderWriter();
            int verifyExit = MigrationCommand.run(new String[]{"verify", "--uri", uri, "--no-progress"}, verify
                    .writer(), verify.writer());
            System.out.printf("verify: exit %d, products %d (expected %d)%n%s", verifyExit, db.getCollection(
                    "products").countDocuments(), generated.expectedProducts(), verify);
        } finally {
            server.destroy();
        }
    }

    private static long cpuMillis(Process process) {
        return process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    private static long serverCpu(ProcessHandle server) {
        return server == null ? -1 : server.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    private static long ownCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static String relay(Process process) throws IOException {
        String peak = "peak heap unknown";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("PEAK ") || line.startsWith("CPU ")) {
                    peak = line.substring(line.indexOf(' ') + 1);
                } else if (line.startsWith("step ") || line.contains(" done in ") || line.contains("CPU of")
                        || line.contains("planned in")
                        || line.startsWith("  products:") || line.startsWith("  [")) {
                    System.out.printf("    | %s%n", line);
                }
            }
        }
        return peak;
    }

    private static Process java(String heap, Class<?> main, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
                + File.separator + "java", heap));
        if (System.getProperty("bench.serverPid") != null) {
            command.add("-Dbench.serverPid=" + System.getProperty("bench.serverPid"));
        }
        String extra = System.getProperty("bench.jvmArgs." + main.getSimpleName());
        if (extra != null) {
            command.addAll(List.of(extra.split(" ")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The embedded server in a JVM of its own; prints its port. */
    public static final class Server {

        public static void main(String[] args) throws InterruptedException {
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            System.out.println("PORT " + server.getLocalAddress().getPort());
            System.out.flush();
            Thread.currentThread().join();
        }
    }

    /** The baseline: every collection streamed and bulk-inserted into a copy, 1,000 documents per insert. */
    public static final class Copy {

        public static void main(String[] args) {
            try (MongoClient client = MongoClients.create(args[0])) {
                MongoDatabase db = client.getDatabase("bench");
                for (String name : COLLECTIONS) {
                    MongoCollection<RawBsonDocument> target = db.getCollection(name + "_plaincopy",
                            RawBsonDocument.class);
                    List<RawBsonDocument> batch = new ArrayList<>(1000);
                    for (RawBsonDocument doc : db.getCollection(name, RawBsonDocument.class).find().batchSize(1000)) {
                        batch.add(doc);
                        if (batch.size() == 1000) {
                            target.insertMany(batch);
                            batch.clear();
                        }
                    }
                    if (!batch.isEmpty()) {
                        target.insertMany(batch);
                    }
                }
            }
            System.out.println("CPU " + ownCpuMillis());
        }
    }

    /** The migration command line, then its peak heap (sum of the heap pools' peaks). */
    public static final class Measured {

        public static void main(String[] args) {
            ProcessHandle server = ProcessHandle.of(Long.getLong("bench.serverPid", -1)).orElse(null);
            long[] last = {ownCpuMillis(), serverCpu(server)};
            Faults.set(point -> {
                if (!point.startsWith("write:")) {
                    long client = ownCpuMillis();
                    long serverNow = serverCpu(server);
                    System.out.printf("  CPU of %s: client %d ms, server %d ms%n", point, client - last[0],
                            serverNow - last[1]);
                    last[0] = client;
                    last[1] = serverNow;
                }
            });
            int code = MigrationCommand.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err,
                    true));
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("PEAK peak heap %.0f MB (max %d MB), client CPU %d ms%n", peak / 1048576.0, Runtime
                    .getRuntime().maxMemory() / 1048576, ownCpuMillis());
            System.exit(code);
        }
    }

    /** Collects what a command prints. */
    private static final class StringBuilderWriter {

        private final java.io.StringWriter buffer = new java.io.StringWriter();

        PrintWriter writer() {
            return new PrintWriter(buffer, true);
        }

        @Override
        public String toString() {
            return buffer.toString();
        }
    }
}
