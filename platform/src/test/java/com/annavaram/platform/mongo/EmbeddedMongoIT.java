package com.annavaram.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

class EmbeddedMongoIT {

    @TempDir
    Path dir;

    @Test
    void shouldKeepDocumentsAndUniqueIndexesAcrossRestarts() {
        Path file = dir.resolve("nested/mongo.mv");
        Document written = new Document("_id", new ObjectId()).append("name", "Avakaya Pickle 500 g")
                .append("slug", "avakaya-pickle-500-g").append("price", new Decimal128(new BigDecimal("340.00")))
                .append("createdAt", new Date(1_795_000_000_000L)).append("images", List.of("https://img/1.png"))
                .append("seller", new Document("city", "Kakinada"));
        try (EmbeddedMongo mongo = EmbeddedMongo.startWithFile("127.0.0.1", 0, file);
                MongoClient client = MongoClients.create(mongo.uri("online_annavaram"))) {
            MongoCollection<Document> products = client.getDatabase("online_annavaram").getCollection("products");
            products.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true).name("slug_1"));
            products.insertOne(written);
        }
        assertThat(file).exists();

        try (EmbeddedMongo mongo = EmbeddedMongo.startWithFile("127.0.0.1", 0, file);
                MongoClient client = MongoClients.create(mongo.uri("online_annavaram"))) {
            MongoCollection<Document> products = client.getDatabase("online_annavaram").getCollection("products");

            assertThat(products.find().into(new ArrayList<>())).containsExactly(written);
            assertThatThrownBy(() -> products.insertOne(new Document("slug", "avakaya-pickle-500-g")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
    }

    @Test
    void shouldRefuseASecondServerOnAFileInUse() {
        Path file = dir.resolve("mongo.mv");
        try (EmbeddedMongo first = EmbeddedMongo.startWithFile("127.0.0.1", 0, file)) {
            assertThat(first.dataFile()).isEqualTo(file.toAbsolutePath());
            assertThatThrownBy(() -> EmbeddedMongo.startWithFile("127.0.0.1", 0, file))
                    .hasMessageContaining("locked");
        }
    }

    @Test
    void shouldReleaseTheFileWhenThePortIsTaken() {
        Path file = dir.resolve("mongo.mv");
        try (EmbeddedMongo first = EmbeddedMongo.startInMemory("127.0.0.1", 0)) {
            assertThatThrownBy(() -> EmbeddedMongo.startWithFile("127.0.0.1", first.port(), file))
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + first.port());
        }
        try (EmbeddedMongo again = EmbeddedMongo.startWithFile("127.0.0.1", 0, file)) {
            assertThat(again.dataFile()).isEqualTo(file.toAbsolutePath());
        }
    }
}
