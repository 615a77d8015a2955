package com.annavaram.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher a system test uses, run against a stand-in jar at the artifact path of the operating contract. */
class ServiceSpecIT {

    @TempDir
    Path root;

    @Test
    void shouldStartThePackagedArtifactWithPortAndDatabaseAndWaitForItsHealthEndpoint() throws IOException {
        for (ServiceSpec spec : ServiceSpec.values()) {
            FakeService.writeJar(spec.artifact(root));
            int port = ServiceProcess.freePort();
            Path log = root.resolve(".run/logs/" + spec.shortName() + ".log");

            try (ServiceProcess service = spec.launcher(root, port, "mongodb://127.0.0.1:1/shop", log,
                    List.of("-Xmx64m")).env("GREETING", spec.shortName()).start()) {
                service.awaitHealthy(Duration.ofSeconds(30));

                assertThat(service.name()).isEqualTo(spec.shortName());
                assertThat(Files.readString(log)).contains("on " + port, "GREETING=" + spec.shortName(),
                        "MONGODB_URI=mongodb://127.0.0.1:1/shop");
            }
        }
    }

    @Test
    void shouldStartFromTheJarsFolderWithTheClassDataArchiveTheBuildLeftBesideIt() throws IOException {
        ServiceSpec spec = ServiceSpec.USER;
        Path jar = spec.artifact(root);
        FakeService.writeJar(jar);
        Path archive = jar.resolveSibling(ServiceProcessBuilder.CLASS_DATA_ARCHIVE);
        Files.writeString(archive, "not an archive this JVM can map: it starts without");
        Path log = root.resolve(".run/logs/user.log");

        try (ServiceProcess service = spec.launcher(root, ServiceProcess.freePort(), "mongodb://127.0.0.1:1/shop",
                log, List.of("-Xmx64m")).start()) {
            service.awaitHealthy(Duration.ofSeconds(30));

            assertThat(Files.readString(log)).contains("dir=" + jar.getParent().toAbsolutePath(),
                    "-XX:SharedArchiveFile=" + archive);
        }

        Files.delete(archive);
        try (ServiceProcess service = spec.launcher(root, ServiceProcess.freePort(), "mongodb://127.0.0.1:1/shop",
                log, List.of("-Xmx64m")).start()) {
            service.awaitHealthy(Duration.ofSeconds(30));

            assertThat(Files.readString(log)).contains("dir=" + root.toAbsolutePath() + ",")
                    .doesNotContain("SharedArchiveFile");
        }
    }
}
