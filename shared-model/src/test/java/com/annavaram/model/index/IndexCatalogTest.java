package com.annavaram.model.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class IndexCatalogTest {

    /** A database that remembers its indexes, enough to answer listIndexes, createIndexes and dropIndexes. */
    private static final class FakeDatabase {
        final Map<String, List<Document>> indexes = new HashMap<>();
        final List<String> commands = new ArrayList<>();
        String failOn;

        Document run(Document command) {
            String verb = command.keySet().iterator().next();
            String collection = command.getString(verb);
            commands.add(verb + " " + collection);
            List<Document> existing = indexes.computeIfAbsent(collection, c -> new ArrayList<>());
            switch (verb) {
                case "listIndexes" -> {
                    return new Document("cursor", new Document("firstBatch", existing));
                }
                case "createIndexes" -> {
                    Document entry = command.getList("indexes", Document.class).get(0);
                    if (entry.getString("name").equals(failOn)) {
                        throw new IllegalStateException("E11000 duplicate key");
                    }
                    existing.add(entry);
                }
                case "dropIndexes" -> existing.removeIf(i -> i.getString("name").equals(command.getString("index")));
                default -> throw new IllegalArgumentException(verb);
            }
            return new Document("ok", 1);
        }
    }

    @Test
    void shouldCreateEveryIndexOfTheDesignOnce() {
        FakeDatabase db = new FakeDatabase();

        IndexReport first = IndexCatalog.apply(db::run);
        IndexReport second = IndexCatalog.apply(db::run);

        assertThat(first.created()).hasSize(IndexCatalog.all().size()).contains("products.slug_1",
                "reviews.productId_1_userId_1", "orders.createdAt_-1", "wishlists.user_1_product_1", "admins.email_1");
        assertThat(second.created()).isEmpty();
        assertThat(second.unchanged()).hasSize(IndexCatalog.all().size());
        assertThat(db.indexes.get("products")).filteredOn(i -> i.getString("name").equals("slug_1"))
                .singleElement()
                .satisfies(i -> assertThat(i).containsEntry("unique", true).containsEntry("sparse", true));
    }

    @Test
    void shouldReplaceLegacyIndexWithSameNameButOtherOptions() {
        FakeDatabase db = new FakeDatabase();
        db.indexes.put("products", new ArrayList<>(List.of(
                new Document("key", new Document("slug", 1)).append("name", "slug_1").append("unique", true))));

        IndexReport report = IndexCatalog.apply(db::run);

        assertThat(report.replaced()).containsExactly("products.slug_1");
        assertThat(db.commands).contains("dropIndexes products");
    }

    @Test
    void shouldReportIndexThatCannotBeBuiltAndGoOn() {
        FakeDatabase db = new FakeDatabase();
        db.failOn = "orderId_1";

        IndexReport report = IndexCatalog.apply(db::run);

        assertThat(report.isComplete()).isFalse();
        assertThat(report.failed()).containsKey("orders.orderId_1");
        assertThat(report.created()).contains("orders.userId_1", "reviews.isApproved_1");
    }

    @Test
    void shouldBackEveryBranchOfTheCustomerScopedLookupsWithAnIndex() {
        // orders and reviews of a customer match userId or user; payments match user or order
        assertThat(IndexCatalog.all()).filteredOn(spec -> spec.collection().equals("orders")).extracting(
                IndexCatalogTest::firstKey).contains("userId", "user");
        assertThat(IndexCatalog.all()).filteredOn(spec -> spec.collection().equals("reviews")).extracting(
                IndexCatalogTest::firstKey).contains("productId", "product", "userId", "user");
        assertThat(IndexCatalog.all()).filteredOn(spec -> spec.collection().equals("payments")).extracting(
                IndexCatalogTest::firstKey).contains("user", "order");
    }

    private static String firstKey(IndexSpec spec) {
        return spec.keys().keySet().iterator().next();
    }

    @Test
    void shouldNameIndexesAsMongoDbDoes() {
        assertThat(IndexCatalog.all()).extracting(IndexSpec::name).contains("name_1", "product_1_user_1", "at_-1");
    }
}
