package com.annavaram.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.annavaram.platform.launch.LocalPlatform;

/**
 * The packaged migration ({@code migration/target/migration.jar}) run as the one-off deployment step runs it: a
 * process of its own against the platform's database, its output kept in the work folder.
 */
public final class Migration {

    static final String JAR = "migration/target/migration.jar";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final LocalPlatform platform;

    public Migration(LocalPlatform platform) {
        this.platform = platform;
    }

    /** {@code run} with its JSON report in the work folder. */
    public Result run() {
        return execute("run", "--report", platform.workDir().resolve("migration-report.json").toString());
    }

    public Result verify() {
        return execute("verify");
    }

    /** {@code java -jar migration.jar <command> --uri <uri> [options]}; waits for the exit code. */
    public Result execute(String command, String... options) {
        Path jar = platform.projectRoot().resolve(JAR);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with "
                    + "./mvnw -B -o -q install -DskipTests -pl migration");
        }
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(SystemUnderTest.QUICK_START);
        line.addAll(List.of("-jar", jar.toString(), command, "--uri", platform.mongoUri()));
        line.addAll(List.of(options));
        Path log = platform.workDir().resolve("logs/migration-" + command + ".log");
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(line).directory(platform.workDir().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("migration " + command + " still running after " + TIMEOUT);
            }
            return new Result(command, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while migration " + command + " ran", e);
        }
    }

    /** The exit code (0 ok, 1 verification failed, 2 usage, 3 locked, 4 aborted) and everything it printed. */
    public record Result(String command, int exitCode, String output) {

        public boolean ok() {
            return exitCode == 0;
        }

        @Override
        public String toString() {
            return "migration " + command + " exited with " + exitCode + ":\n" + output;
        }
    }
}
