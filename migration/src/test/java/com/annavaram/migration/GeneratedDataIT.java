package com.annavaram.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.annavaram.testsupport.AliasChecker;
import com.mongodb.client.MongoDatabase;

class GeneratedDataIT {

    @TempDir
    Path dir;

    private final MongoDatabase db = TestData.fresh("generated");

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    @ParameterizedTest(name = "{0} times the fixture set")
    @ValueSource(ints = {10, 100})
    void shouldMigrateGeneratedDataOfTheFixtureShapesAndPassVerification(int factor) {
        LegacyDataGenerator.Generated generated = new LegacyDataGenerator(db, factor).generate(
                LegacyDataGenerator.Shape.timesFixture(factor));

        Cli.Result run = Cli.on(TestData.uri(db), "run", "--report", dir.resolve("run.json").toString());

        assertThat(run.code()).as(run.toString()).isZero();
        Document plan = TestData.readJson(dir.resolve("run.json")).get("plan", Document.class);
        Document figures = plan.get("figures", Document.class);
        Document sections = plan.get("sections", Document.class);
        for (String tricky : java.util.List.of("reviewsToFold", "wishlistEntriesToFold", "cartItemsToFold",
                "subtotalDifferences", "categoriesToCreate")) {
            assertThat(sections.get(tricky, Document.class).get("count", Number.class).longValue()).as(tricky)
                    .isPositive();
        }
        assertThat(run.out()).contains("fallback");
        assertThat(((Number) figures.get("cross_source_duplicates")).longValue()).isEqualTo(generated.duplicates());
        assertThat(db.getCollection("products").countDocuments()).isEqualTo(generated.expectedProducts());
        assertThat(db.getCollection("orders").countDocuments()).isEqualTo(generated.orders());
        assertThat(AliasChecker.scan(db)).isEmpty();
        Cli.Result verify = Cli.on(TestData.uri(db), "verify");
        assertThat(verify.code()).as(verify.toString()).isZero();
        assertThat(run.out()).contains("reviews").contains("problems that stop a run: none");
    }
}
