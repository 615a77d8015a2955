package com.annavaram.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.annavaram.platform.PlatformCommand;
import com.annavaram.platform.launch.ServiceProcess;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** The {@code platform mongo} command as bin/platform runs it: a separate JVM, stopped with SIGTERM. */
class MongoCommandIT {

    @TempDir
    Path dir;

    @Test
    void shouldCommitTheDataFileWhenStoppedWithTerm() throws Exception {
        Path file = dir.resolve("data/mongo.mv");
        int port = ServiceProcess.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ServiceProcess mongo = ServiceProcess.builder("mongo")
                .command(List.of(java, "-cp", System.getProperty("java.class.path"),
                        PlatformCommand.class.getName(), "mongo", "--port", Integer.toString(port), "--data-file",
                        file.toString()))
                .port(port).logFile(dir.resolve("mongo.log")).start();
        try {
            awaitPort(port, mongo);
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                client.getDatabase("online_annavaram").getCollection("categories")
                        .insertOne(new Document("name", "Pickles").append("slug", "pickles"));
            }
        } finally {
            mongo.stop(Duration.ofSeconds(20));
        }
        assertThat(Files.readString(mongo.logFile())).contains("listening on 127.0.0.1:" + port)
                .contains("committing the data file");

        try (EmbeddedMongo again = EmbeddedMongo.startWithFile("127.0.0.1", 0, file);
                MongoClient client = MongoClients.create(again.uri("online_annavaram"))) {
            Document category = client.getDatabase("online_annavaram").getCollection("categories").find().first();
            assertThat(category).containsEntry("name", "Pickles");
        }
    }

    private static void awaitPort(int port, ServiceProcess process) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                assertThat(socket.isConnected()).isTrue();
                return;
            } catch (IOException e) {
                assertThat(process.isAlive()).as("mongo process alive; log: %s", process.logTail(20)).isTrue();
                Thread.sleep(100);
            }
        }
        throw new AssertionError("mongo not listening on " + port + ": " + process.logTail(20));
    }
}
