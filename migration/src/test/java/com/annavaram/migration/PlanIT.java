package com.annavaram.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.annavaram.testsupport.LegacyFixtures;
import com.mongodb.client.MongoDatabase;

class PlanIT {

    @TempDir
    Path dir;

    private final MongoDatabase db = TestData.fixture("plan");

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    @Test
    void shouldWriteNothingAndReportTheWholePlan() {
        var before = TestData.hashes(db);
        var collections = TestData.collections(db);

        Cli.Result plan = Cli.on(TestData.uri(db), "plan", "--json=" + dir.resolve("plan.json"));

        assertThat(plan.code()).as(plan.toString()).isZero();
        assertThat(TestData.hashes(db)).isEqualTo(before);
        assertThat(TestData.collections(db)).containsExactlyInAnyOrderElementsOf(collections);
        assertThat(plan.out()).contains("50 admin + 45 storefront -> 75").contains("categories to create: 1")
                .contains("\"Sweets & More\"").contains("problems that stop a run: none");
        Document sections = TestData.readJson(dir.resolve("plan.json")).get("plan", Document.class).get("sections",
                Document.class);
        assertThat(sections.keySet()).contains("matchedPairs", "fieldConflicts", "slugs", "categoriesToCreate",
                "referencesToRewrite", "ordersToComplete", "reviewsToFold", "aliasRepairs");
        List<Document> pairs = items(sections, "matchedPairs");
        assertThat(pairs).allSatisfy(p -> assertThat(p.getString("rule")).isIn("name", "slug", "id"));
        assertThat(pairs.stream().map(p -> p.getString("storefrontId")).collect(Collectors.toSet()))
                .isEqualTo(Set.copyOf(LegacyFixtures.expected().getList("dropped_storefront_product_ids",
                        String.class)));
        assertThat(items(sections, "fieldConflicts")).anySatisfy(c -> assertThat(c.getString("resolution"))
                .isEqualTo("admin"));
    }

    @Test
    void shouldPredictExactlyWhatTheRunThenDoes() {
        Cli.Result plan = Cli.on(TestData.uri(db), "plan", "--json", dir.resolve("plan.json").toString());
        assertThat(plan.code()).as(plan.toString()).isZero();
        Document predicted = TestData.readJson(dir.resolve("plan.json")).get("plan", Document.class);
        Set<String> categoriesBefore = names(db);

        Cli.Result run = Cli.on(TestData.uri(db), "run", "--report", dir.resolve("run.json").toString());
        assertThat(run.code()).as(run.toString()).isZero();
        Document done = TestData.readJson(dir.resolve("run.json"));

        Document sections = predicted.get("sections", Document.class);
        assertThat(db.getCollection("products").countDocuments()).isEqualTo(((Number) predicted.get("figures",
                Document.class).get("products_after_merge")).longValue());
        for (Document slug : items(sections, "slugs")) {
            Document product = db.getCollection("products").find(new Document("_id", new ObjectId(slug.getString(
                    "productId")))).first();
            assertThat(product).as(slug.toJson()).isNotNull();
            assertThat(product.getString("slug")).isEqualTo(slug.getString("slug"));
        }
        for (Document pair : items(sections, "matchedPairs")) {
            assertThat(db.getCollection("products").countDocuments(new Document("_id", new ObjectId(pair.getString(
                    "storefrontId"))))).isZero();
        }
        Set<String> created = new HashSet<>(names(db));
        created.removeAll(categoriesBefore);
        assertThat(created).isEqualTo(items(sections, "categoriesToCreate").stream().map(c -> c.getString("name"))
                .collect(Collectors.toSet()));
        for (Document order : items(sections, "ordersToComplete")) {
            Document stored = db.getCollection("orders").find(new Document("_id", new ObjectId(order.getString("id"))))
                    .first();
            assertThat(stored.getString("orderId")).isEqualTo(order.getString("orderId"));
        }
        for (Document fold : items(sections, "reviewsToFold")) {
            assertThat(db.getCollection("reviews").countDocuments(new Document("_id", new ObjectId(fold.getString(
                    "kept"))))).isOne();
            for (String folded : fold.getList("folded", String.class)) {
                assertThat(db.getCollection("reviews").countDocuments(new Document("_id", new ObjectId(folded))))
                        .isZero();
            }
        }
        Document applied = done.get("applied", Document.class);
        Document plannedTallies = predicted.get("tallies", Document.class);
        Document appliedTallies = applied.get("tallies", Document.class);
        for (String group : List.of("referencesRewritten", "documentsRewritten", "documentsDeleted", "orders",
                "statusMapped", "aliasRepairs", "fieldConflicts", "categoryResolution")) {
            if (appliedTallies.containsKey(group) || plannedTallies.containsKey(group)) {
                assertThat(appliedTallies.get(group)).as(group).isEqualTo(plannedTallies.get(group));
            }
        }
        assertThat(plannedTallies.get("referencesRewritten", Document.class).keySet())
                .contains("order_items", "reviews", "cart_items", "wishlists");
    }

    private static List<Document> items(Document sections, String name) {
        return sections.get(name, Document.class).getList("items", Document.class);
    }

    private static Set<String> names(MongoDatabase db) {
        return db.getCollection("categories").find().map(c -> c.getString("name")).into(new HashSet<>());
    }
}
