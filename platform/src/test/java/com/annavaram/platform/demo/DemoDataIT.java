package com.annavaram.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mindrot.jbcrypt.BCrypt;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.alias.RawAliasCheck;
import com.annavaram.testsupport.AliasChecker;
import com.annavaram.testsupport.MongoTestServer;
import com.annavaram.testsupport.TestDatabases;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

class DemoDataIT {

    private final MongoDatabase db = MongoTestServer.get().client().getDatabase(TestDatabases.unique("demo"));

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    @Test
    void shouldLoadAtLeastHundredActiveProductsInSixCategories() {
        DemoData.Result result = DemoData.loadIfEmpty(db);

        assertThat(result.loaded()).isTrue();
        List<Document> categories = raw(CollectionNames.CATEGORIES).find().into(new ArrayList<>());
        List<Document> products = raw(CollectionNames.PRODUCTS).find().into(new ArrayList<>());
        assertThat(categories).hasSize(6).allSatisfy(c -> assertThat(c.getBoolean("isActive")).isTrue());
        assertThat(products).hasSizeGreaterThanOrEqualTo(100).hasSize(result.products());
        assertThat(products).allSatisfy(p -> {
            assertThat(p.getBoolean("isActive")).isTrue();
            assertThat(p.getBoolean("isDeleted")).isFalse();
            assertThat(p.getString("name")).isNotBlank();
            assertThat(p.getString("description")).isNotBlank();
            assertThat(p.getString("currency")).isEqualTo("INR");
            assertThat(p.getInteger("stock")).isPositive();
            assertThat(p.getList("images", String.class)).hasSizeGreaterThanOrEqualTo(1)
                    .allSatisfy(url -> assertThat(url).startsWith("https://"));
        });
        Map<Object, String> categoryNames = categories.stream()
                .collect(Collectors.toMap(c -> c.get("_id"), c -> c.getString("name")));
        assertThat(products.stream().map(p -> p.get("categoryId")).distinct())
                .containsExactlyInAnyOrderElementsOf(categoryNames.keySet());
    }

    @Test
    void shouldStoreRupeesAsDecimal128WithTwoDecimalsAndUniqueSlugs() {
        DemoData.loadIfEmpty(db);

        List<Document> products = raw(CollectionNames.PRODUCTS).find().into(new ArrayList<>());
        assertThat(products).allSatisfy(p -> {
            assertThat(p.get("price")).isInstanceOf(Decimal128.class);
            BigDecimal price = p.get("price", Decimal128.class).bigDecimalValue();
            assertThat(price.scale()).isEqualTo(2);
            assertThat(price).isPositive();
            assertThat(p.getString("slug")).matches("[a-z0-9]+(-[a-z0-9]+)*");
        });
        assertThat(products.stream().map(p -> p.getString("slug")).distinct().count()).isEqualTo(products.size());
        assertThat(products.stream().map(p -> p.getString("name")).distinct().count()).isEqualTo(products.size());
    }

    @Test
    void shouldKeepEveryAliasPairEqualOnTheRawDocuments() {
        DemoData.loadIfEmpty(db);

        Map<Object, String> categoryNames = new HashMap<>();
        raw(CollectionNames.CATEGORIES).find().forEach(c -> categoryNames.put(c.get("_id"), c.getString("name")));
        for (Document product : raw(CollectionNames.PRODUCTS).find()) {
            assertThat(product.get("totalStock")).isEqualTo(product.get("stock"));
            assertThat(product.get("imageUrl")).isEqualTo(product.getList("images", String.class).get(0));
            assertThat(product.get("category")).isEqualTo(categoryNames.get(product.get("categoryId")));
            assertThat(RawAliasCheck.check(CollectionNames.PRODUCTS, product, categoryNames::get)).isEmpty();
        }
        assertThat(AliasChecker.scan(db)).isEmpty();
    }

    @Test
    void shouldCreateDemoAdminAndCustomerWithBcryptPasswords() {
        DemoData.loadIfEmpty(db);

        Document admin = raw(CollectionNames.ADMINS).find().first();
        assertThat(admin.getString("email")).isEqualTo(DemoAccounts.ADMIN_EMAIL);
        assertThat(admin.getString("role")).isEqualTo("super_admin");
        assertThat(admin.getBoolean("isActive")).isTrue();
        assertThat(admin.getString("password")).startsWith("$2a$12$");
        assertThat(BCrypt.checkpw(DemoAccounts.ADMIN_PASSWORD, admin.getString("password"))).isTrue();

        Document customer = raw(CollectionNames.USERS).find().first();
        assertThat(customer.getString("email")).isEqualTo(DemoAccounts.CUSTOMER_EMAIL);
        assertThat(customer.getString("fullName")).isEqualTo(DemoAccounts.CUSTOMER_NAME);
        assertThat(customer.getString("role")).isEqualTo("customer");
        assertThat(customer.getBoolean("emailVerified")).isTrue();
        assertThat(customer.getBoolean("isActive")).isTrue();
        assertThat(customer.getList("addresses", Object.class)).isEmpty();
        assertThat(customer.getString("passwordHash")).startsWith("$2a$10$");
        assertThat(BCrypt.checkpw(DemoAccounts.CUSTOMER_PASSWORD, customer.getString("passwordHash"))).isTrue();
    }

    @Test
    void shouldApplyTheIndexCatalogue() {
        DemoData.Result result = DemoData.loadIfEmpty(db);

        assertThat(result.indexes().failed()).isEmpty();
        List<String> productIndexes = raw(CollectionNames.PRODUCTS).listIndexes()
                .map(index -> index.getString("name")).into(new ArrayList<>());
        assertThat(productIndexes).contains("slug_1", "name_1", "categoryId_1", "isActive_1");
    }

    @Test
    void shouldDoNothingTheSecondTime() {
        DemoData.loadIfEmpty(db);
        List<Document> before = everything();

        DemoData.Result second = DemoData.loadIfEmpty(db);

        assertThat(second.loaded()).isFalse();
        assertThat(second.existing()).containsKeys(CollectionNames.PRODUCTS, CollectionNames.ADMINS);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void shouldNeverWriteIntoADatabaseThatHoldsAnyDocument() {
        Document order = Document.parse("{orderId: 'ORD-20261122-ABC123', status: 'order_created'}");
        raw(CollectionNames.ORDERS).insertOne(order);

        DemoData.Result result = DemoData.loadIfEmpty(db);

        assertThat(result.loaded()).isFalse();
        assertThat(result.existing()).containsExactly(Map.entry(CollectionNames.ORDERS, 1L));
        assertThat(raw(CollectionNames.PRODUCTS).countDocuments()).isZero();
        assertThat(raw(CollectionNames.ADMINS).countDocuments()).isZero();
        assertThat(raw(CollectionNames.ORDERS).find().into(new ArrayList<>())).containsExactly(order);
    }

    private MongoCollection<Document> raw(String collection) {
        return db.getCollection(collection);
    }

    private List<Document> everything() {
        return List.of(CollectionNames.CATEGORIES, CollectionNames.PRODUCTS, CollectionNames.ADMINS,
                CollectionNames.USERS).stream().flatMap(c -> raw(c).find().into(new ArrayList<>()).stream())
                .toList();
    }
}
