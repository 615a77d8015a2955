package com.annavaram.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and with what a run happened: CPU, cores, memory, OS, the JVM (which runs the harness, the embedded database
 * and both services), the load average, the commit and the framework versions from the root pom.
 */
public record MachineFacts(String cpu, int cores, double memoryGb, String os, String java, String javaHome,
        String loadAverage, String commit, boolean dirtyTree, Map<String, String> versions) {

    private static final List<String> VERSION_PROPERTIES = List.of("spring-boot.version",
            "quarkus.platform.version", "mongodb-driver.version", "mongo-java-server.version");

    public static MachineFacts collect(Path projectRoot) {
        return new MachineFacts(cpuModel(), Runtime.getRuntime().availableProcessors(), totalMemoryGb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + ")",
                System.getProperty("java.home"), currentLoadAverage(), git(projectRoot, "rev-parse", "HEAD"),
                !git(projectRoot, "status", "--porcelain", "--untracked-files=no").isBlank(), versions(projectRoot));
    }

    /** The 1, 5 and 15 minute load averages now. */
    public static String currentLoadAverage() {
        String line = read(Path.of("/proc/loadavg"));
        String[] parts = line.split(" ");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "unknown";
    }

    public String shortCommit() {
        return commit.length() >= 7 ? commit.substring(0, 7) : "nocommit";
    }

    private static String cpuModel() {
        Matcher m = Pattern.compile("model name\\s*:\\s*(.+)").matcher(read(Path.of("/proc/cpuinfo")));
        return m.find() ? m.group(1).trim() : System.getProperty("os.arch");
    }

    private static double totalMemoryGb() {
        Matcher m = Pattern.compile("MemTotal:\\s*(\\d+) kB").matcher(read(Path.of("/proc/meminfo")));
        return m.find() ? Math.round(Long.parseLong(m.group(1)) / 1024.0 / 1024.0 * 10) / 10.0 : -1;
    }

    private static Map<String, String> versions(Path projectRoot) {
        String pom = read(projectRoot.resolve("pom.xml"));
        Map<String, String> versions = new LinkedHashMap<>();
        Matcher project = Pattern.compile("<artifactId>annavaram-platform</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        versions.put("project", project.find() ? project.group(1) : "unknown");
        for (String property : VERSION_PROPERTIES) {
            Matcher m = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</").matcher(pom);
            versions.put(property.replace(".version", ""), m.find() ? m.group(1) : "unknown");
        }
        return versions;
    }

    /** A read-only git command's output, or an empty string without git. */
    private static String git(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
