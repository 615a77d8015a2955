package com.annavaram.admin.config.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.annavaram.admin.fixture.Documents;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.review.Review;
import com.annavaram.testsupport.MongoTestServer;
import com.annavaram.testsupport.TestDatabases;

/**
 * A save through Spring that sets only one name of an alias pair stores both names, equal; asserted on the raw
 * documents, not through the mapping that wrote them.
 */
@SpringBootTest
class AliasWriteIT {

    private static final String DATABASE = TestDatabases.unique("admin_alias");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MongoTestServer.get().uri(DATABASE));
    }

    private final MongoTemplate mongo;

    AliasWriteIT(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @BeforeEach
    void saveCategory() {
        mongo.save(Documents.category());
    }

    @Test
    void shouldStoreStockUnderBothNamesWhenOnlyTotalStockIsSet() {
        Product product = newProduct();
        product.setTotalStock(7);

        Document raw = saveAndReadRaw(product, Product.COLLECTION);

        assertThat(raw.get(Product.STOCK)).isEqualTo(7);
        assertThat(raw.get(Product.TOTAL_STOCK)).isEqualTo(7);
    }

    @Test
    void shouldLetTheNameWrittenWinWhenALoadedProductChangesOneName() {
        Product saved = mongo.save(Documents.ghee());
        Product loaded = mongo.findById(saved.getId(), Product.class);
        loaded.setTotalStock(3);

        Document raw = saveAndReadRaw(loaded, Product.COLLECTION);

        assertThat(raw.get(Product.STOCK)).isEqualTo(3);
        assertThat(raw.get(Product.TOTAL_STOCK)).isEqualTo(3);
    }

    @Test
    void shouldStoreTheFirstImageAsImageUrlWhenOnlyImagesAreSet() {
        Product product = newProduct();
        product.setImages(List.of("https://img.example/a.jpg", "https://img.example/b.jpg"));

        Document raw = saveAndReadRaw(product, Product.COLLECTION);

        assertThat(raw.get(Product.IMAGE_URL)).isEqualTo("https://img.example/a.jpg");
        assertThat(raw.getList(Product.IMAGES, String.class)).containsExactly("https://img.example/a.jpg",
                "https://img.example/b.jpg");
    }

    @Test
    void shouldResolveTheCategoryIdWhenOnlyTheNameIsSetInAnotherCase() {
        Product product = newProduct();
        product.setCategory(Documents.DEFAULT_CATEGORY.toUpperCase());

        Document raw = saveAndReadRaw(product, Product.COLLECTION);

        assertThat(raw.get(Product.CATEGORY_ID)).isEqualTo(Documents.DEFAULT_CATEGORY_ID);
        assertThat(raw.get(Product.CATEGORY)).isEqualTo(Documents.DEFAULT_CATEGORY);
    }

    @Test
    void shouldStoreTheCategoryNameWhenOnlyTheIdIsSet() {
        Product product = newProduct();
        product.setCategoryId(Documents.DEFAULT_CATEGORY_ID);

        Document raw = saveAndReadRaw(product, Product.COLLECTION);

        assertThat(raw.get(Product.CATEGORY)).isEqualTo(Documents.DEFAULT_CATEGORY);
    }

    @Test
    void shouldStoreCommentUnderBothNamesWhenOnlyCommentIsSet() {
        Review review = new Review();
        review.setUserId(Documents.DEFAULT_USER_ID);
        review.setProductId(new ObjectId());
        review.setRating(5);
        review.setComment("x");

        Document raw = saveAndReadRaw(review, Review.COLLECTION);

        assertThat(raw.get(Review.REVIEW_TEXT)).isEqualTo("x");
        assertThat(raw.get(Review.COMMENT)).isEqualTo("x");
        assertThat(raw.get(Review.USER)).isEqualTo(Documents.DEFAULT_USER_ID);
        assertThat(raw.get(Review.PRODUCT)).isEqualTo(raw.get(Review.PRODUCT_ID)).isNotNull();
    }

    @Test
    void shouldStoreItemsUnderBothNamesWhenOnlyItemsAndLineProductAreSet() {
        ObjectId productId = new ObjectId();
        OrderLine line = new OrderLine();
        line.setProduct(productId);
        line.setProductName("Cow Ghee 1L");
        line.setQuantity(2);
        line.setUnitPrice(new BigDecimal("650"));
        Order order = new Order();
        order.setOrderId("ORD-20261101-ITEMS1");
        order.setUser(Documents.DEFAULT_USER_ID);
        order.setItems(List.of(line));
        order.setTotalAmount(new BigDecimal("1300"));
        order.setStatus("order_created");

        Document raw = saveAndReadRaw(order, Order.COLLECTION);

        assertThat(raw.get(Order.USER_ID)).isEqualTo(Documents.DEFAULT_USER_ID);
        assertThat(raw.getList(Order.PRODUCTS, Document.class)).isEqualTo(raw.getList(Order.ITEMS, Document.class))
                .hasSize(1);
        Document storedLine = raw.getList(Order.PRODUCTS, Document.class).get(0);
        assertThat(storedLine.get(OrderLine.PRODUCT_ID)).isEqualTo(productId);
        assertThat(storedLine.get(OrderLine.PRODUCT)).isEqualTo(productId);
    }

    private Product newProduct() {
        Product product = new Product();
        product.setName("Avakaya " + new ObjectId().toHexString());
        product.setPrice(new BigDecimal("199"));
        return product;
    }

    private Document saveAndReadRaw(Object document, String collection) {
        Object saved = mongo.save(document);
        Object id = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(saved.getClass())
                .getIdentifierAccessor(saved).getIdentifier();
        Document raw = mongo.getDb().getCollection(collection).find(eq("_id", id)).first();
        assertThat(raw).as("raw %s document", collection).isNotNull();
        return raw;
    }
}
