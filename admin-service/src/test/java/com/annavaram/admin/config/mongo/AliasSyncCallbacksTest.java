package com.annavaram.admin.config.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.Documents;
import com.annavaram.model.alias.CategoryLookup;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;

class AliasSyncCallbacksTest {

    /** A lookup over one category, matching names case-insensitively as the Mongo-backed one does. */
    private static final CategoryLookup ONE_CATEGORY = new CategoryLookup() {
        private final Map<ObjectId, String> names = Map.of(Documents.DEFAULT_CATEGORY_ID, Documents.DEFAULT_CATEGORY);

        @Override
        public Optional<String> nameOf(ObjectId categoryId) {
            return Optional.ofNullable(names.get(categoryId));
        }

        @Override
        public Optional<ObjectId> idOfName(String name) {
            return names.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(name)).map(Map.Entry::getKey)
                    .findFirst();
        }
    };

    private final AliasSyncCallbacks.BeforeSave beforeSave = new AliasSyncCallbacks.BeforeSave(ONE_CATEGORY);
    private final AliasSyncCallbacks.AfterLoad afterLoad = new AliasSyncCallbacks.AfterLoad();

    @Test
    void shouldResolveTheCategoryThroughTheLookupBeforeSave() {
        Product product = new Product();
        product.setCategory(Documents.DEFAULT_CATEGORY.toLowerCase());

        Object converted = beforeSave.onBeforeConvert(product, Product.COLLECTION);

        assertThat(converted).isSameAs(product);
        assertThat(product.getCategoryId()).isEqualTo(Documents.DEFAULT_CATEGORY_ID);
        assertThat(product.getCategory()).isEqualTo(Documents.DEFAULT_CATEGORY);
    }

    @Test
    void shouldEqualiseAliasesAndStampTimesBeforeSave() {
        Product product = new Product();
        product.setTotalStock(4);

        beforeSave.onBeforeConvert(product, Product.COLLECTION);

        assertThat(product.getStock()).isEqualTo(4);
        assertThat(product.getCreatedAt()).isNotNull().isEqualTo(product.getUpdatedAt());
        assertThat(product.wasWritten(Product.TOTAL_STOCK)).isFalse();
    }

    @Test
    void shouldFillMissingAliasesAndMapLegacyStatusAfterLoad() {
        Order order = new Order();
        order.setUser(Documents.DEFAULT_USER_ID);
        order.setStatus("shipped");

        Object loaded = afterLoad.onAfterConvert(order, new Document(), Order.COLLECTION);

        assertThat(loaded).isSameAs(order);
        assertThat(order.getUserId()).isEqualTo(Documents.DEFAULT_USER_ID);
        assertThat(order.getStatus()).isEqualTo("dispatched");
    }

    @Test
    void shouldLeaveDocumentsWithoutAliasesAsTheyAreAfterLoad() {
        Document plain = new Document("name", "not a shared document");

        assertThat(afterLoad.onAfterConvert(plain, plain, "elsewhere")).isSameAs(plain)
                .isEqualTo(new Document("name", "not a shared document"));
    }
}
