package com.annavaram.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** The harness the system tests, hardening suite and benchmarks start the platform with, on stand-in services. */
class LocalPlatformIT {

    @TempDir
    Path root;

    @BeforeEach
    void fakeServices() throws IOException {
        for (ServiceSpec spec : ServiceSpec.values()) {
            FakeService.writeJar(spec.artifact(root));
        }
    }

    @Test
    void shouldStartTheDatabaseAndBothServicesWithTheirSecretsAndStopEverything() throws IOException {
        ServiceProcess admin;
        ServiceProcess user;
        try (LocalPlatform platform = LocalPlatform.builder(root, root.resolve("work")).database("shop")
                .env("GREETING", "hello").build().start()) {
            admin = platform.service(ServiceSpec.ADMIN);
            user = platform.service(ServiceSpec.USER);

            assertThat(admin.isHealthy()).isTrue();
            assertThat(user.isHealthy()).isTrue();
            assertThat(platform.adminUrl()).isNotEqualTo(platform.userUrl());
            assertThat(platform.mongoUri()).endsWith(":" + platform.mongoPort() + "/shop");
            for (ServiceSpec spec : ServiceSpec.values()) {
                assertThat(Files.readString(platform.logFile(spec))).contains("GREETING=hello", "MONGODB_URI="
                        + platform.mongoUri(), "secrets=true");
            }
        }
        assertThat(admin.isAlive()).isFalse();
        assertThat(user.isAlive()).isFalse();
    }

    @Test
    void shouldKeepTheDataAndThePortWhenTheDatabaseStopsAndStarts() {
        try (LocalPlatform platform = LocalPlatform.builder(root, root.resolve("work")).build().startDatabase()) {
            String uri = platform.mongoUri();
            try (MongoClient client = MongoClients.create(uri)) {
                client.getDatabase(platform.database()).getCollection("things").insertOne(new Document("n", 1));
            }

            platform.stopDatabase();
            platform.startDatabase();

            assertThat(platform.mongoUri()).isEqualTo(uri);
            try (MongoClient client = MongoClients.create(uri)) {
                assertThat(client.getDatabase(platform.database()).getCollection("things").countDocuments())
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void shouldRestartAKilledServiceOnItsPort() {
        try (LocalPlatform platform = LocalPlatform.builder(root, root.resolve("work")).persistent(false).build()
                .start()) {
            ServiceProcess before = platform.service(ServiceSpec.USER);

            platform.killService(ServiceSpec.USER);
            assertThat(before.isAlive()).isFalse();
            ServiceProcess after = platform.startService(ServiceSpec.USER);

            assertThat(after.port()).isEqualTo(before.port());
            assertThat(after.isHealthy()).isTrue();
        }
    }
}
