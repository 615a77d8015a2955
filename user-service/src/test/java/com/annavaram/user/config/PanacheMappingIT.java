package com.annavaram.user.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.bson.LegacyDataException;
import com.annavaram.user.catalog.CategoryEntity;
import com.annavaram.user.catalog.CategoryRepository;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.catalog.ProductRepository;
import com.annavaram.user.order.OrderEntity;
import com.annavaram.user.order.OrderRepository;
import com.annavaram.user.review.ReviewEntity;
import com.annavaram.user.review.ReviewRepository;
import com.annavaram.user.support.Categories;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Orders;
import com.annavaram.user.support.Products;
import com.annavaram.user.support.Reviews;
import com.annavaram.user.support.TestMongo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Writes and reads through Panache and looks at what is stored, raw. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PanacheMappingIT {

    /** Which names the application set is bookkeeping for the save hook; it is never stored. */
    private static final String WRITTEN_MARKS = "(.*\\.)?written";

    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;
    @Inject
    OrderRepository orders;
    @Inject
    ReviewRepository reviews;

    @BeforeEach
    void cleanDatabase() {
        TestMongo.clean();
    }

    @Test
    void shouldStoreBothStockNamesAndTheFirstImageWhenOnlyTotalStockAndImagesAreSet() {
        ProductEntity product = new ProductEntity();
        product.setName("Bellam Gavvalu");
        product.setTotalStock(7);
        product.setImages(new ArrayList<>(List.of(Products.DEFAULT_IMAGE)));

        products.persist(product);

        Document raw = raw(CollectionNames.PRODUCTS, product.getId());
        assertThat(raw.get("stock")).isEqualTo(7);
        assertThat(raw.get("totalStock")).isEqualTo(7);
        assertThat(raw.get("imageUrl")).isEqualTo(Products.DEFAULT_IMAGE);
        assertThat(raw.getList("images", String.class)).containsExactly(Products.DEFAULT_IMAGE);
    }

    @Test
    void shouldStoreBothReviewTextNamesWhenOnlyCommentIsSet() {
        ReviewEntity review = new ReviewEntity();
        review.setRating(4);
        review.setComment(Reviews.DEFAULT_TEXT);

        reviews.persist(review);

        Document raw = raw(CollectionNames.REVIEWS, review.getId());
        assertThat(raw.get("reviewText")).isEqualTo(Reviews.DEFAULT_TEXT);
        assertThat(raw.get("comment")).isEqualTo(Reviews.DEFAULT_TEXT);
    }

    @Test
    void shouldStoreBothLineArraysAndBothProductNamesWhenOnlyItemsAndProductAreSet() {
        ObjectId ghee = new ObjectId();
        ObjectId chikki = new ObjectId();
        OrderEntity order = new OrderEntity();
        order.setItems(new ArrayList<>(List.of(Orders.lineWithProductOnly(ghee), Orders.lineWithProductOnly(chikki))));

        orders.persist(order);

        Document raw = raw(CollectionNames.ORDERS, order.getId());
        List<Document> lines = raw.getList("products", Document.class);
        assertThat(raw.getList("items", Document.class)).isEqualTo(lines);
        assertThat(lines).extracting(line -> line.get("productId")).containsExactly(ghee, chikki);
        assertThat(lines).extracting(line -> line.get("product")).containsExactly(ghee, chikki);
    }

    @Test
    void shouldReadBackEveryFieldOfAProductAndItsCategory() {
        CategoryEntity category = Categories.sweets();
        categories.persist(category);
        ProductEntity product = Products.ghee(category);

        products.persist(product);

        assertThat(categories.findById(category.getId())).usingRecursiveComparison().isEqualTo(category);
        assertThat(products.findById(product.getId())).usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes(WRITTEN_MARKS).isEqualTo(product);
    }

    @Test
    void shouldReadBackEveryFieldOfAnOrderWithItsLinesHistoryAndAddress() {
        OrderEntity order = Orders.twoLines();

        orders.persist(order);

        OrderEntity loaded = orders.findById(order.getId());
        assertThat(loaded.getProducts()).hasSize(2);
        assertThat(loaded.getStatusHistory()).hasSize(2);
        assertThat(loaded).usingRecursiveComparison().ignoringFieldsMatchingRegexes(WRITTEN_MARKS).isEqualTo(order);
    }

    @Test
    void shouldReadBackEveryFieldOfAReview() {
        ReviewEntity review = Reviews.fiveStars();

        reviews.persist(review);

        assertThat(reviews.findById(review.getId())).usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes(WRITTEN_MARKS).isEqualTo(review);
    }

    @Test
    void shouldReadLegacyNumbersStringIdsAndUnequalStockThroughPanache() {
        ObjectId categoryId = new ObjectId();
        ObjectId asInt = new ObjectId();
        ObjectId asDouble = new ObjectId();
        ObjectId asString = new ObjectId();
        TestMongo.raw(CollectionNames.PRODUCTS).insertMany(List.of(
                legacy(asInt, 120).append("categoryId", categoryId.toHexString()).append("stock", 5)
                        .append("totalStock", 9),
                legacy(asDouble, 99.5), legacy(asString, " 45.5 ")));
        try {
            ProductEntity fromInt = products.findById(asInt);
            assertThat(fromInt.getPrice()).isEqualTo(new BigDecimal("120.00"));
            assertThat(fromInt.getCategoryId()).isEqualTo(categoryId);
            assertThat(fromInt.getStock()).isEqualTo(5);
            assertThat(fromInt.getTotalStock()).isEqualTo(5);
            assertThat(products.findById(asDouble).getPrice()).isEqualTo(new BigDecimal("99.50"));
            assertThat(products.findById(asString).getPrice()).isEqualTo(new BigDecimal("45.50"));
        } finally {
            // Legacy data with unequal pairs is this test's input, not something the service wrote.
            TestMongo.clean();
        }
    }

    @Test
    void shouldNameTheCollectionDocumentAndFieldOfAnUnreadableValue() {
        ObjectId id = new ObjectId();
        TestMongo.raw(CollectionNames.PRODUCTS).insertOne(legacy(id, "abc"));

        assertThatThrownBy(() -> products.findById(id)).satisfies(thrown -> {
            LegacyDataException legacy = legacyCause(thrown);
            assertThat(legacy.collection()).isEqualTo(CollectionNames.PRODUCTS);
            assertThat(legacy.documentId()).isEqualTo(id);
            assertThat(legacy.field()).isEqualTo("price");
            assertThat(legacy.getMessage()).contains("products", id.toHexString(), "price");
        });
    }

    private static Document legacy(ObjectId id, Object price) {
        return new Document("_id", id).append("name", "Legacy " + id).append("price", price);
    }

    private static Document raw(String collection, ObjectId id) {
        Document found = TestMongo.raw(collection).find(new Document("_id", id)).first();
        assertThat(found).as("%s %s stored", collection, id).isNotNull();
        return found;
    }

    private static LegacyDataException legacyCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof LegacyDataException legacy) {
                return legacy;
            }
        }
        throw new AssertionError("no LegacyDataException in the cause chain of " + thrown, thrown);
    }
}
