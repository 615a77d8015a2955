package com.annavaram.admin.config.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.codecs.configuration.CodecRegistry;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.annavaram.admin.fixture.Documents;
import com.annavaram.model.bson.ModelCodecs;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.customer.Address;
import com.annavaram.model.customer.User;
import com.annavaram.model.order.Order;
import com.annavaram.model.review.Review;
import com.annavaram.testsupport.MongoTestServer;
import com.annavaram.testsupport.TestDatabases;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCollection;

/**
 * admin-service (Spring Data) and user-service (shared-model's {@link ModelCodecs} on the plain driver) share one
 * database: whatever one writes, the other must read field for field.
 */
@SpringBootTest
class MappingAgreementIT {

    private static final String DATABASE = TestDatabases.unique("admin_mapping");
    private static final CodecRegistry CODECS = ModelCodecs.registry(MongoClientSettings.getDefaultCodecRegistry());

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MongoTestServer.get().uri(DATABASE));
    }

    private final MongoTemplate mongo;

    MappingAgreementIT(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @BeforeEach
    void saveCategory() {
        mongo.save(Documents.category());
    }

    @Test
    void shouldStoreProductsInTheSharedProductsCollection() {
        Product product = mongo.save(Documents.ghee());

        assertThat(mongo.getCollectionName(Product.class)).isEqualTo(Product.COLLECTION);
        assertThat(mongo.getDb().getCollection(Product.COLLECTION).countDocuments(eq("_id", product.getId())))
                .isOne();
        assertThat(mongo.getDb().listCollectionNames()).doesNotContain("product");
    }

    @Test
    void shouldReadThroughModelCodecsTheProductSpringWrote() {
        Product written = mongo.save(Documents.ghee());

        Product read = codecs(Product.COLLECTION, Product.class).find(eq("_id", written.getId())).first();

        assertThat(read).usingRecursiveComparison().isEqualTo(written);
    }

    @Test
    void shouldReadThroughModelCodecsTheOrderSpringWrote() {
        Order written = mongo.save(Documents.paidOrder());

        Order read = codecs(Order.COLLECTION, Order.class).find(eq("_id", written.getId())).first();

        assertThat(read).usingRecursiveComparison().isEqualTo(written);
        assertThat(read.getProducts()).hasSize(2);
        assertThat(read.getStatusHistory()).hasSize(2);
    }

    @Test
    void shouldReadThroughModelCodecsTheReviewSpringWrote() {
        Review written = mongo.save(Documents.review(new ObjectId()));

        Review read = codecs(Review.COLLECTION, Review.class).find(eq("_id", written.getId())).first();

        assertThat(read).usingRecursiveComparison().isEqualTo(written);
    }

    @Test
    void shouldReadThroughSpringTheProductModelCodecsWrote() {
        Product written = Documents.ghee();
        codecs(Product.COLLECTION, Product.class).insertOne(written);

        Product read = mongo.findById(written.getId(), Product.class);

        assertThat(read).usingRecursiveComparison().isEqualTo(written);
    }

    @Test
    void shouldReadThroughSpringTheOrderModelCodecsWrote() {
        Order written = Documents.paidOrder();
        codecs(Order.COLLECTION, Order.class).insertOne(written);

        Order read = mongo.findById(written.getId(), Order.class);

        assertThat(read).usingRecursiveComparison().isEqualTo(written);
        assertThat(read.getItems()).hasSize(2);
    }

    @Test
    void shouldReadThroughSpringTheReviewModelCodecsWrote() {
        Review written = Documents.review(new ObjectId());
        codecs(Review.COLLECTION, Review.class).insertOne(written);

        Review read = mongo.findById(written.getId(), Review.class);

        assertThat(read).usingRecursiveComparison().isEqualTo(written);
    }

    @Test
    void shouldAgreeOnEmbeddedStringIdsThatLookLikeObjectIds() {
        User written = new User();
        written.setEmail("lakshmi-" + new ObjectId() + "@example.com");
        Address address = new Address();
        address.setId(new ObjectId().toHexString());
        address.setCity("Annavaram");
        written.setAddresses(List.of(address));
        mongo.save(written);

        User read = codecs(User.COLLECTION, User.class).find(eq("_id", written.getId())).first();

        assertThat(read).usingRecursiveComparison().isEqualTo(written);
        assertThat(mongo.findById(written.getId(), User.class)).usingRecursiveComparison().isEqualTo(written);
    }

    @Test
    void shouldStoreTheSameRawDocumentWhicheverMappingWrites() {
        Product viaSpring = mongo.save(Documents.ghee());
        Product viaCodecs = Documents.ghee();
        viaCodecs.setCreatedAt(viaSpring.getCreatedAt());
        codecs(Product.COLLECTION, Product.class).insertOne(viaCodecs);

        var products = mongo.getDb().getCollection(Product.COLLECTION);
        var springRaw = products.find(eq("_id", viaSpring.getId())).first();
        var codecsRaw = products.find(eq("_id", viaCodecs.getId())).first();

        assertThat(springRaw.keySet()).containsExactlyInAnyOrderElementsOf(codecsRaw.keySet());
        for (String key : springRaw.keySet()) {
            assertThat(springRaw.get(key)).as(key).isExactlyInstanceOf(codecsRaw.get(key).getClass());
        }
    }

    private <T> MongoCollection<T> codecs(String collection, Class<T> type) {
        return mongo.getDb().getCollection(collection, type).withCodecRegistry(CODECS);
    }
}
