package com.annavaram.platform.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Describes a {@link ServiceProcess} to start: command line, environment, port, health endpoint, log file. */
public final class ServiceProcessBuilder {

    private final String name;
    private final Map<String, String> env = new LinkedHashMap<>();
    private List<String> command;
    private int port;
    private String healthPath = "/health";
    private Path logFile;
    private Path workingDirectory;

    /**
     * The class-data archive a build leaves beside a service's jar, dumped by a training start: beside
     * {@code quarkus-run.jar} and beside admin-service's unpacked {@code app/admin-service.jar}.
     */
    public static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";

    ServiceProcessBuilder(String name) {
        this.name = name;
    }

    /**
     * Runs {@code java [jvmOptions] -jar jar} with this JVM's {@code java}. When the build left a class-data archive
     * ({@value #CLASS_DATA_ARCHIVE}) beside the jar, the JVM maps it, from the jar's folder: the archive
     * holds the class path as it was when it was dumped there, and the JVM refuses it from anywhere else.
     */
    public ServiceProcessBuilder javaJar(Path jar, List<String> jvmOptions) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(jvmOptions);
        Path archive = jar.resolveSibling(CLASS_DATA_ARCHIVE);
        if (Files.isRegularFile(archive)) {
            line.add("-XX:SharedArchiveFile=" + archive);
            workingDirectory(jar.toAbsolutePath().getParent());
        }
        line.add("-jar");
        line.add(jar.toString());
        return command(line);
    }

    public ServiceProcessBuilder command(List<String> command) {
        this.command = List.copyOf(command);
        return this;
    }

    /** The port, passed to the process as {@code PORT}. */
    public ServiceProcessBuilder port(int port) {
        this.port = port;
        return env("PORT", Integer.toString(port));
    }

    public ServiceProcessBuilder healthPath(String healthPath) {
        this.healthPath = healthPath;
        return this;
    }

    public ServiceProcessBuilder env(String key, String value) {
        env.put(key, value);
        return this;
    }

    public ServiceProcessBuilder env(Map<String, String> values) {
        env.putAll(values);
        return this;
    }

    public ServiceProcessBuilder logFile(Path logFile) {
        this.logFile = logFile;
        return this;
    }

    public ServiceProcessBuilder workingDirectory(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
        return this;
    }

    /** Starts the process (it inherits this JVM's environment plus {@link #env}); does not wait for health. */
    public ServiceProcess start() {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(logFile, "logFile");
        if (port <= 0) {
            throw new IllegalStateException("set the port of " + name);
        }
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            if (workingDirectory != null) {
                builder.directory(workingDirectory.toFile());
            }
            builder.environment().putAll(env);
            return new ServiceProcess(name, builder.start(), port, healthPath, logFile);
        } catch (IOException e) {
            throw new ServiceStartException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }
}
