package com.annavaram.admin.config.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.alias.CategoryLookup;

/** The repairs a partial update carries for a legacy document's unequal pairs. */
class AliasedUpdatesTest {

    private static final ObjectId CATEGORY = new ObjectId();
    private final AliasedUpdates updates = new AliasedUpdates(null, new CategoryLookup() {
        @Override
        public Optional<String> nameOf(ObjectId id) {
            return CATEGORY.equals(id) ? Optional.of("Pickles") : Optional.empty();
        }

        @Override
        public Optional<ObjectId> idOfName(String name) {
            return "Pickles".equals(name) ? Optional.of(CATEGORY) : Optional.empty();
        }
    });

    @Test
    void shouldRepairEveryUnequalProductPairTheUpdateDoesNotTouch() {
        Document legacy = new Document("_id", new ObjectId()).append("stock", 49).append("imageUrl", "a.jpg")
                .append("images", List.of("b.jpg")).append("categoryId", CATEGORY).append("category", "Old");

        Document update = updates.withRepairs(CollectionNames.PRODUCTS, legacy,
                new Document("$set", new Document("isActive", false)));

        assertThat(update.get("$set", Document.class)).containsEntry("isActive", false).containsEntry("stock", 49)
                .containsEntry("imageUrl", "a.jpg").containsEntry("categoryId", CATEGORY);
    }

    @Test
    void shouldLeaveAPairTheUpdateWritesToTheUpdate() {
        Document legacy = new Document("_id", new ObjectId()).append("stock", 49).append("totalStock", 50);

        Document update = updates.withRepairs(CollectionNames.PRODUCTS, legacy,
                new Document("$inc", new Document("stock", 2)));

        assertThat(update).doesNotContainKey("$set");
    }

    @Test
    void shouldRepairAnOrderFromItsFirstNames() {
        ObjectId user = new ObjectId();
        ObjectId product = new ObjectId();
        Document legacy = new Document("_id", new ObjectId()).append("user", user).append("products",
                List.of(new Document("productId", product).append("quantity", 2)));

        Document set = updates.withRepairs(CollectionNames.ORDERS, legacy,
                new Document("$set", new Document("status", "delivered"))).get("$set", Document.class);

        assertThat(set).containsEntry("userId", user);
        assertThat(set.getList("products", Document.class).get(0)).containsEntry("product", product);
    }

    @Test
    void shouldRepairAReviewWhoseTextsDisagree() {
        Document legacy = new Document("_id", new ObjectId()).append("reviewText", "new").append("comment", "old");

        Document set = updates.withRepairs(CollectionNames.REVIEWS, legacy,
                new Document("$set", new Document("isApproved", false))).get("$set", Document.class);

        assertThat(set).containsEntry("reviewText", "new");
    }

    @Test
    void shouldLeaveAnUpdateOfAConsistentDocumentAlone() {
        Document update = new Document("$set", new Document("isActive", true));
        Document consistent = new Document("_id", new ObjectId()).append("stock", 3).append("totalStock", 3);

        assertThat(updates.withRepairs(CollectionNames.PRODUCTS, consistent, update)).isSameAs(update);
    }
}
