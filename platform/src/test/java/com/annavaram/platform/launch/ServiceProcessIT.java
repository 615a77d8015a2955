package com.annavaram.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessIT {

    @TempDir
    Path dir;

    @Test
    void shouldStartWaitUntilHealthyAndStopWithoutLeavingTheProcess() throws Exception {
        ServiceProcess service = fake("healthy").env("GREETING", "namaskaram").start();
        try {
            service.awaitHealthy(Duration.ofSeconds(30));

            assertThat(service.isHealthy()).isTrue();
            assertThat(service.baseUrl()).isEqualTo("http://127.0.0.1:" + service.port());
            assertThat(Files.readString(service.logFile())).contains("GREETING=namaskaram");
        } finally {
            service.close();
        }
        assertThat(service.isAlive()).isFalse();
        assertThat(ProcessHandle.of(service.pid()).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void shouldFailAtOnceWithTheLogTailWhenTheServiceExits() throws Exception {
        try (ServiceProcess service = fake("crash").start()) {
            Instant start = Instant.now();

            assertThatThrownBy(() -> service.awaitHealthy(Duration.ofSeconds(60)))
                    .isInstanceOf(ServiceStartException.class).hasMessageContaining("exited with 3")
                    .hasMessageContaining("boom: cannot start");
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void shouldGiveUpAfterTheTimeoutWhenHealthNeverAnswers200() throws Exception {
        try (ServiceProcess service = fake("unhealthy").start()) {
            assertThatThrownBy(() -> service.awaitHealthy(Duration.ofSeconds(3)))
                    .isInstanceOf(ServiceStartException.class).hasMessageContaining("not healthy at")
                    .hasMessageContaining("fake service unhealthy");
            assertThat(service.isAlive()).isTrue();
        }
    }

    @Test
    void shouldKillAProcessThatIgnoresTermAfterTheGracePeriod() throws Exception {
        ServiceProcess service = fake("stubborn").start().awaitHealthy(Duration.ofSeconds(30));
        Instant start = Instant.now();

        service.stop(Duration.ofSeconds(1));

        assertThat(service.isAlive()).isFalse();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
    }

    private ServiceProcessBuilder fake(String mode) throws URISyntaxException {
        Path classes = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return ServiceProcess.builder("fake-" + mode)
                .command(List.of(java, "-cp", classes.toString(), FakeService.class.getName(), mode))
                .port(ServiceProcess.freePort()).healthPath("/health").logFile(dir.resolve("logs/" + mode + ".log"));
    }
}
