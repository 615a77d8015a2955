package com.annavaram.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.annavaram.platform.demo.DemoAccounts;
import com.annavaram.platform.secrets.LocalSecrets;

/** bin/platform is bash; these checks keep it in step with the Java side of the contract. */
class PlatformScriptTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path SCRIPT = ROOT.resolve("bin/platform");

    @Test
    void shouldBeAnExecutableBashScriptWithoutSyntaxErrors() throws Exception {
        assertThat(Files.isExecutable(SCRIPT)).isTrue();
        assertThat(Files.readAllLines(SCRIPT).get(0)).isEqualTo("#!/usr/bin/env bash");

        assertThat(run("bash", "-n", SCRIPT.toString()).exitCode()).isZero();
    }

    @Test
    void shouldUseTheArtifactsHealthEndpointsAndDocsOfTheOperatingContract() throws IOException {
        String script = Files.readString(SCRIPT);

        for (ServiceSpec service : ServiceSpec.values()) {
            assertThat(script).contains('"' + service.artifact() + '"', '"' + service.healthPath() + '"',
                    '"' + service.docsPath() + '"', "${" + service.name() + "_PORT:-" + service.defaultPort() + "}",
                    "${" + service.name() + "_JAVA_OPTS:-" + ServiceSpec.DEFAULT_JVM_OPTIONS + "}");
        }
        assertThat(script).contains("platform/target/platform.jar", "${MONGO_PORT:-27017}",
                "${DATABASE:-online_annavaram}", "MAIL_LOG=true", "ADMIN_JWT_SECRET=", "JWT_PRIVATE_KEY_PATH=",
                "$RUN_DIR/" + LocalSecrets.ADMIN_JWT_SECRET, "$RUN_DIR/" + LocalSecrets.JWT_PRIVATE_KEY,
                "$RUN_DIR/" + LocalSecrets.JWT_PUBLIC_KEY, "$RUN_DIR/" + LocalSecrets.OTP_PEPPER);
    }

    @Test
    void shouldPrintTheDemoCredentialsTheDemoDataCreates() throws IOException {
        String script = Files.readString(SCRIPT);

        assertThat(script).contains(DemoAccounts.ADMIN_EMAIL + " / " + DemoAccounts.ADMIN_PASSWORD,
                DemoAccounts.CUSTOMER_EMAIL + " / " + DemoAccounts.CUSTOMER_PASSWORD);
    }

    @Test
    void shouldExplainItselfAndRejectUnknownCommands() throws Exception {
        Result help = run(SCRIPT.toString(), "help");
        Result unknown = run(SCRIPT.toString(), "launch");

        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).contains("bin/platform up", "bin/platform down", "bin/platform status",
                "bin/platform logs");
        assertThat(unknown.exitCode()).isEqualTo(2);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).directory(ROOT.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
