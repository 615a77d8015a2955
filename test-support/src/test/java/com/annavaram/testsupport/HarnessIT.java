package com.annavaram.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.model.alias.AliasViolation;
import com.mongodb.client.MongoDatabase;

class HarnessIT {

    private final MongoDatabase db = MongoTestServer.get().client().getDatabase(TestDatabases.unique("harness"));

    @Test
    void shouldStartEmbeddedServerByDefaultAndShareIt() {
        assertThat(MongoTestServer.get().provider()).isEqualTo("embedded");
        assertThat(MongoTestServer.get()).isSameAs(MongoTestServer.get());
        assertThat(MongoTestServer.get().uri("shop")).matches("mongodb://127\\.0\\.0\\.1:\\d+/shop");
    }

    @Test
    void shouldLoadEveryLegacyCollectionWithItsCount() {
        Map<String, Integer> counts = LegacyFixtures.load(db);
        Document expected = LegacyFixtures.expected();

        assertThat(counts).containsEntry("adminproducts", expected.getInteger("adminproducts"))
                .containsEntry("products", expected.getInteger("products_before"))
                .containsEntry("orders", expected.getInteger("orders_total"));
        assertThat(db.getCollection("products").countDocuments()).isEqualTo(45);
        assertThat(db.getCollection("orders").find().first().get("_id")).isInstanceOf(ObjectId.class);
        db.drop();
    }

    @Test
    void shouldFindUnequalPairsOnRawDocuments() {
        db.getCollection("products").insertOne(Document.parse("{stock: 1, totalStock: 2}"));
        db.getCollection("reviews").insertOne(Document.parse("{comment: 'a'}"));
        db.getCollection("orders").insertOne(Document.parse(
                "{userId: 1, user: 1, products: [{productId: 5, product: 6}], items: [{productId: 5, product: 6}]}"));

        List<AliasViolation> found = AliasChecker.scan(db);

        assertThat(found).extracting(AliasViolation::pair).containsExactlyInAnyOrder("stock/totalStock",
                "reviewText/comment", "products.0.productId/products.0.product", "items.0.productId/items.0.product");
        db.drop();
    }

    @Test
    void shouldReportOnlyPairsTheTestIntroducedOrTouched() {
        db.getCollection("products").insertOne(Document.parse("{_id: 1, stock: 1, totalStock: 2}"));
        Map<String, String> baseline = AliasCheckExtension.snapshot();

        assertThat(AliasCheckExtension.introducedSince(baseline)).isEmpty();

        db.getCollection("reviews").insertOne(Document.parse("{comment: 'only one name'}"));
        db.getCollection("products").updateOne(Document.parse("{_id: 1}"), Document.parse("{$set: {name: 'x'}}"));

        assertThat(AliasCheckExtension.introducedSince(baseline)).hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("reviewText/comment"))
                .anySatisfy(v -> assertThat(v).contains("_id=1 stock/totalStock"));
        db.drop();
    }
}
