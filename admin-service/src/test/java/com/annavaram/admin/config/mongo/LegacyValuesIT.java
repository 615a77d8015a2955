package com.annavaram.admin.config.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.annavaram.admin.fixture.Documents;
import com.annavaram.model.bson.LegacyDataException;
import com.annavaram.model.cart.CartItem;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.review.Review;
import com.annavaram.testsupport.MongoTestServer;
import com.annavaram.testsupport.TestDatabases;

/**
 * Values as the legacy back ends stored them read through Spring the way shared-model's codecs read them, and a save
 * writes them back in the one stored form: ObjectId, Decimal128, BSON date.
 */
@SpringBootTest
class LegacyValuesIT {

    private static final String DATABASE = TestDatabases.unique("admin_legacy_values");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MongoTestServer.get().uri(DATABASE));
    }

    private final MongoTemplate mongo;

    LegacyValuesIT(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The fixture products reference it; without it their category name would reference nothing. */
    @BeforeEach
    void saveCategory() {
        mongo.save(Documents.category());
    }

    @Test
    void shouldReadMoneyStoredAsInt32() {
        assertThat(priceOfCartItemStoredAs(650)).isEqualTo(new BigDecimal("650.00"));
    }

    @Test
    void shouldReadMoneyStoredAsInt64() {
        assertThat(priceOfCartItemStoredAs(650L)).isEqualTo(new BigDecimal("650.00"));
    }

    @Test
    void shouldReadMoneyStoredAsDoubleRoundedToPaise() {
        assertThat(priceOfCartItemStoredAs(249.5)).isEqualTo(new BigDecimal("249.50"));
        assertThat(priceOfCartItemStoredAs(0.1 + 0.2)).isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void shouldReadMoneyStoredAsNumericString() {
        assertThat(priceOfCartItemStoredAs(" 249.50 ")).isEqualTo(new BigDecimal("249.50"));
    }

    @Test
    void shouldRefuseMoneyStoredAsTextNamingCollectionIdAndField() {
        ObjectId id = insert(CartItem.COLLECTION,
                new Document(CartItem.CART, new ObjectId()).append(CartItem.PRICE_AT_ADDITION, "free"));

        assertThatThrownBy(() -> mongo.findById(id, CartItem.class)).isInstanceOf(LegacyDataException.class)
                .hasMessageContaining("cart_items _id=" + id).hasMessageContaining("'priceAtAddition'")
                .hasMessageContaining("free");
    }

    @Test
    void shouldRefuseMalformedReferenceNamingTheLineField() {
        ObjectId id = insert(Order.COLLECTION, new Document(Order.PRODUCTS,
                List.of(new Document(OrderLine.PRODUCT_ID, "kakinada-kaja").append(OrderLine.QUANTITY, 1))));

        assertThatThrownBy(() -> mongo.findById(id, Order.class)).isInstanceOf(LegacyDataException.class)
                .hasMessageContaining("orders _id=" + id).hasMessageContaining("'products.productId'");
        mongo.getDb().getCollection(Order.COLLECTION).deleteOne(new Document("_id", id));
    }

    @Test
    void shouldReadReferencesStoredAsHexStrings() {
        ObjectId user = new ObjectId();
        ObjectId product = new ObjectId();
        // Both names of each pair are stored, equal: the raw alias check runs after every test.
        ObjectId id = insert(Review.COLLECTION, new Document(Review.USER_ID, user.toHexString())
                .append(Review.USER, user.toHexString()).append(Review.PRODUCT_ID, product.toHexString())
                .append(Review.PRODUCT, product.toHexString()).append(Review.RATING, 4));

        Review review = mongo.findById(id, Review.class);

        assertThat(review.getUserId()).isEqualTo(user);
        assertThat(review.getUser()).isEqualTo(user);
        assertThat(review.getProductId()).isEqualTo(product);
        assertThat(review.getProduct()).isEqualTo(product);
    }

    @Test
    void shouldRewriteLegacyValuesInTheirStoredFormOnSave() {
        ObjectId cart = new ObjectId();
        ObjectId id = insert(CartItem.COLLECTION, new Document(CartItem.CART, cart.toHexString())
                .append(CartItem.PRICE_AT_ADDITION, 12.5).append(CartItem.QUANTITY, 2));

        mongo.save(mongo.findById(id, CartItem.class));

        Document raw = mongo.getDb().getCollection(CartItem.COLLECTION).find(eq("_id", id)).first();
        assertThat(raw.get(CartItem.CART)).isEqualTo(cart);
        assertThat(raw.get(CartItem.PRICE_AT_ADDITION)).isEqualTo(new Decimal128(new BigDecimal("12.50")));
        assertThat(raw.get(CartItem.CREATED_AT)).isInstanceOf(Date.class);
    }

    @Test
    void shouldStoreIdsAsObjectIdsAndTimesAsBsonDates() {
        Product product = Documents.ghee();
        product.setId(null);
        mongo.save(product);

        Document raw = mongo.getDb().getCollection(Product.COLLECTION).find(eq(Product.SLUG, product.getSlug()))
                .first();

        assertThat(raw.get("_id")).isInstanceOf(ObjectId.class).isEqualTo(product.getId());
        assertThat(raw.get(Product.CATEGORY_ID)).isInstanceOf(ObjectId.class);
        assertThat(raw.get(Product.CREATED_AT)).isEqualTo(Date.from(Documents.DEFAULT_TIME));
        assertThat(raw.get(Product.UPDATED_AT)).isInstanceOf(Date.class);
        assertThat(raw).doesNotContainKey("_class");
    }

    private BigDecimal priceOfCartItemStoredAs(Object price) {
        ObjectId id = insert(CartItem.COLLECTION,
                new Document(CartItem.CART, new ObjectId()).append(CartItem.PRICE_AT_ADDITION, price)
                        .append(CartItem.QUANTITY, 1));
        return mongo.findById(id, CartItem.class).getPriceAtAddition();
    }

    private ObjectId insert(String collection, Document raw) {
        ObjectId id = new ObjectId();
        mongo.getDb().getCollection(collection).insertOne(raw.append("_id", id));
        return id;
    }
}
