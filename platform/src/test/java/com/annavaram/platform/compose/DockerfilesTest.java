package com.annavaram.platform.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text checks of the Dockerfiles: there is no Docker engine here to build them. */
class DockerfilesTest {

    @ParameterizedTest
    @CsvSource({"admin-service, admin-service/target/app/",
            "user-service, user-service/target/quarkus-app/", "migration, migration/target/migration.jar"})
    void shouldBuildWithTheWrapperAndRunOnAJreAsANonRootUser(String module, String artifact) throws IOException {
        List<String> lines = instructions(module);
        List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();

        assertThat(froms).containsExactly("FROM eclipse-temurin:17-jdk AS build", "FROM eclipse-temurin:17-jre");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("RUN ").contains("./mvnw",
                "-pl " + module + " -am", "package", "-DskipTests"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("COPY --from=build /src/" + artifact));
        List<String> runtime = lines.subList(lines.indexOf(froms.get(1)), lines.size());
        List<String> users = runtime.stream().filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).hasSize(1);
        String user = users.get(0).substring("USER ".length()).trim();
        assertThat(user).doesNotStartWith("root").doesNotStartWith("0:").isNotEqualTo("0");
        assertThat(runtime).anySatisfy(l -> assertThat(l).startsWith("HEALTHCHECK "));
    }

    @ParameterizedTest
    @CsvSource({"admin-service, /health, 5001", "user-service, /q/health/ready, 4000"})
    void shouldProbeTheServiceHealthEndpoint(String module, String path, String port) throws IOException {
        List<String> lines = instructions(module);

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("HEALTHCHECK ").contains("CMD curl -fsS",
                "http://127.0.0.1:${PORT}" + path));
        assertThat(lines).contains("EXPOSE " + port).anySatisfy(l -> assertThat(l).contains("PORT=" + port));
    }

    @Test
    void shouldDeclareThatTheOneOffMigrationHasNoHealthToProbe() throws IOException {
        assertThat(instructions("migration")).contains("HEALTHCHECK NONE", "CMD [\"status\"]");
    }

    @Test
    void shouldKeepBuildOutputLocalStateAndSecretsOutOfTheBuildContext() throws IOException {
        List<String> ignored = Files.readAllLines(ComposeFileTest.ROOT.resolve(".dockerignore"));

        assertThat(ignored).contains("**/target/", ".data/", ".run/", ".git/", ".env", "secrets/");
    }

    /** The Dockerfile's instructions, continuation lines joined, comments dropped. */
    private static List<String> instructions(String module) throws IOException {
        String text = Files.readString(ComposeFileTest.ROOT.resolve(module + "/Dockerfile"));
        return List.of(text.replaceAll("\\\\\\n\\s*", " ").split("\n")).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
