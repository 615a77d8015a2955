package com.annavaram.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher a system test uses, run against a stand-in jar at the artifact path of the operating contract. */
class ServiceSpecIT {

    @TempDir
    Path root;

    @Test
    void shouldStartThePackagedArtifactWithPortAndDatabaseAndWaitForItsHealthEndpoint() throws IOException {
        for (ServiceSpec spec : ServiceSpec.values()) {
            writeFakeJar(spec.artifact(root));
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

    private static void writeFakeJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }
}
