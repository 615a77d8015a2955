package com.annavaram.platform.launch;

import java.nio.file.Path;
import java.util.List;

/**
 * The operating contract of the two services (DESIGN.md): where the packaged artifact is, the default port, the
 * health endpoint that answers 200 once the service is ready, and the API docs. bin/platform follows the same
 * contract; {@code PlatformScriptTest} checks that they agree.
 */
public enum ServiceSpec {

    ADMIN("admin", "admin-service/target/app/admin-service.jar", 5001, "/health", "/swagger-ui.html"), USER("user",
            "user-service/target/quarkus-app/quarkus-run.jar", 4000, "/q/health/ready", "/q/swagger-ui");

    /**
     * The JVM options both services run with unless told otherwise (bin/platform, the harnesses, the benchmarks): a
     * 256 MB heap is ample for a family shop's catalogue, and the serial collector keeps a small heap's footprint low
     * on a 2-core machine (RSS after warm-up under 300 MB each, see the README's benchmarks).
     */
    public static final String DEFAULT_JVM_OPTIONS = "-Xmx256m -XX:+UseSerialGC";

    private final String shortName;
    private final String artifact;
    private final int defaultPort;
    private final String healthPath;
    private final String docsPath;

    ServiceSpec(String shortName, String artifact, int defaultPort, String healthPath, String docsPath) {
        this.shortName = shortName;
        this.artifact = artifact;
        this.defaultPort = defaultPort;
        this.healthPath = healthPath;
        this.docsPath = docsPath;
    }

    /** {@code admin} or {@code user}: the name bin/platform uses for logs and pid files. */
    public String shortName() {
        return shortName;
    }

    /** The artifact, relative to the project root. */
    public String artifact() {
        return artifact;
    }

    public Path artifact(Path projectRoot) {
        return projectRoot.resolve(artifact);
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String healthPath() {
        return healthPath;
    }

    public String docsPath() {
        return docsPath;
    }

    /** {@link #DEFAULT_JVM_OPTIONS} as a list. */
    public static List<String> defaultJvmOptions() {
        return List.of(DEFAULT_JVM_OPTIONS.split(" "));
    }

    /**
     * A launcher for the packaged service: {@code java [jvmOptions] -jar <artifact>} (with its class-data archive when
     * the build made one, see {@link ServiceProcessBuilder#javaJar}) on {@code port} against
     * {@code mongoUri}, logging to {@code logFile}. Callers add the rest of the environment
     * ({@code ADMIN_JWT_SECRET}, {@code MAIL_LOG}, …).
     */
    public ServiceProcessBuilder launcher(Path projectRoot, int port, String mongoUri, Path logFile,
            List<String> jvmOptions) {
        return ServiceProcess.builder(shortName).workingDirectory(projectRoot).javaJar(artifact(projectRoot),
                jvmOptions).port(port).healthPath(healthPath).env("MONGODB_URI", mongoUri).logFile(logFile);
    }
}
