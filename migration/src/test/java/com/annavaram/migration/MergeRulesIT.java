package com.annavaram.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.annavaram.migration.plan.NameKey;
import com.annavaram.model.order.OrderIds;
import com.annavaram.testsupport.LegacyFixtures;
import com.mongodb.client.MongoDatabase;

class MergeRulesIT {

    @TempDir
    Path dir;

    private final MongoDatabase db = TestData.fixture("rules");
    private final Map<String, List<Document>> legacy = LegacyFixtures.read();

    @BeforeEach
    void migrate() {
        Cli.Result run = Cli.on(TestData.uri(db), "run", "--report", dir.resolve("run.json").toString());
        assertThat(run.code()).as(run.toString()).isZero();
    }

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    @Test
    void shouldLetTheAdminCopyWinAndTheStorefrontCopyFillWhatItLacks() {
        Map<String, Document> admins = legacy.get("adminproducts").stream().collect(Collectors.toMap(
                a -> NameKey.of(a.getString("name")), Function.identity()));
        List<String> dropped = LegacyFixtures.expected().getList("dropped_storefront_product_ids", String.class);
        for (Document storefront : legacy.get("products")) {
            if (!dropped.contains(storefront.getObjectId("_id").toHexString())) {
                continue;
            }
            Document admin = admins.get(NameKey.of(storefront.getString("name")));
            Document merged = product(admin.getObjectId("_id"));
            assertThat(merged.get("price", Decimal128.class).bigDecimalValue()).isEqualByComparingTo(
                    new BigDecimal(admin.get("price").toString()));
            assertThat(merged.get("stock")).isEqualTo(admin.get("totalStock")).isEqualTo(merged.get("totalStock"));
            assertThat(merged.get("slug")).isEqualTo(storefront.get("slug"));
            assertThat(merged.getList("images", String.class)).startsWith(admin.getString("imageUrl"))
                    .containsAll(storefront.getList("images", String.class));
            assertThat(merged.get("imageUrl")).isEqualTo(admin.get("imageUrl"));
            assertThat(merged.get("description")).isEqualTo(admin.get("description") != null
                    ? admin.get("description")
                    : storefront.get("description"));
            assertThat(merged.get("isActive")).isEqualTo(admin.get("isActive"));
            assertThat(merged).doesNotContainKey("__v");
        }
    }

    @Test
    void shouldGiveNonAsciiNamesAStableAsciiSlugAndCreateMissingCategories() {
        for (String name : LegacyFixtures.expected().getList("non_ascii_names", String.class)) {
            Document product = db.getCollection("products").find(new Document("name", name)).first();
            String hex = product.getObjectId("_id").toHexString();
            assertThat(product.getString("slug")).isEqualTo("product-" + hex.substring(hex.length() - 6));
        }
        Document created = db.getCollection("categories").find(new Document("name", "Sweets & More")).first();
        assertThat(created.getString("slug")).isEqualTo("sweets-and-more");
        assertThat(db.getCollection("products").countDocuments(new Document("categoryId", created.get("_id"))
                .append("category", "Sweets & More"))).isPositive();
    }

    @Test
    void shouldCompleteStorefrontOrdersForBothServices() {
        for (Document before : legacy.get("orders")) {
            Document order = db.getCollection("orders").find(new Document("_id", before.get("_id"))).first();
            assertThat(order.get("userId")).isNotNull().isEqualTo(order.get("user"));
            assertThat(order.getList("products", Document.class)).isNotEmpty().isEqualTo(order.get("items"));
            assertThat(order.get("currency")).isEqualTo("INR");
            if (before.get("orderId") == null) {
                assertThat(OrderIds.isValid(order.getString("orderId"))).as(order.getString("orderId")).isTrue();
                Document history = order.getList("statusHistory", Document.class).get(0);
                assertThat(history.get("actor")).isEqualTo("migration");
                assertThat(history.get("timestamp")).isEqualTo(before.get("createdAt"));
            }
            if ("paid".equals(before.get("status"))) {
                assertThat(order.get("status")).isEqualTo("payment_confirmed");
            }
            if ("cancelled".equals(before.get("status"))) {
                assertThat(order.get("stockReleased")).isEqualTo(true);
            }
        }
    }

    @Test
    void shouldLetTheFirstNameOfEveryUnequalPairWin() {
        for (Document before : legacy.get("reviews")) {
            Document review = db.getCollection("reviews").find(new Document("_id", before.get("_id"))).first();
            if (review != null && before.get("reviewText") != null) {
                assertThat(review.get("reviewText")).isEqualTo(before.get("reviewText")).isEqualTo(review.get(
                        "comment"));
            }
        }
        for (Document before : legacy.get("products")) {
            Document product = product(before.getObjectId("_id"));
            if (product != null && before.get("totalStock") != null) {
                assertThat(product.get("stock")).isEqualTo(before.get("stock"));
            }
            if (product != null && before.get("imageUrl") != null) {
                assertThat(product.getList("images", String.class).get(0)).isEqualTo(before.get("imageUrl"));
            }
        }
    }

    private Document product(ObjectId id) {
        return db.getCollection("products").find(new Document("_id", id)).first();
    }
}
