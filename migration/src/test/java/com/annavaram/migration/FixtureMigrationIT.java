package com.annavaram.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.annavaram.testsupport.AliasChecker;
import com.annavaram.testsupport.LegacyFixtures;
import com.mongodb.client.MongoDatabase;

class FixtureMigrationIT {

    @TempDir
    Path dir;

    private final MongoDatabase db = TestData.fixture("fixture");

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    @Test
    void shouldReachTheExpectedFiguresAndPassVerification() {
        Cli.Result run = Cli.on(TestData.uri(db), "run", "--report", dir.resolve("run.json").toString());
        assertThat(run.code()).as(run.toString()).isZero();

        Document expected = LegacyFixtures.expected();
        assertThat(db.getCollection("products").countDocuments()).isEqualTo(expected.getInteger(
                "products_after_merge").longValue());
        List<String> dropped = expected.getList("dropped_storefront_product_ids", String.class);
        assertThat(db.getCollection("products").countDocuments(new Document("_id", new Document("$in", dropped
                .stream().map(org.bson.types.ObjectId::new).toList())))).isZero();
        assertThat(db.getCollection("orders").countDocuments()).isEqualTo(expected.getInteger("orders_total")
                .longValue());
        System.out.println(run.out());
        assertThat(TestData.collections(db)).doesNotContain("adminproducts");
        assertThat(AliasChecker.scan(db)).isEmpty();
        Cli.Result verify = Cli.on(TestData.uri(db), "verify");
        assertThat(verify.code()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("verification passed");
    }
}
