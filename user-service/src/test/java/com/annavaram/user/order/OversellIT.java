package com.annavaram.user.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.user.cart.PurchaseLimits;
import com.annavaram.user.catalog.CategoryEntity;
import com.annavaram.user.catalog.CategoryRepository;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.catalog.ProductRepository;
import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.Categories;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Products;
import com.annavaram.user.support.Shop;
import com.annavaram.user.support.Storefront;
import com.annavaram.user.support.TestMongo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** DESIGN.md invariant 2: no oversell, and an order whose later line is short takes nothing. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OversellIT {

    private static final int CUSTOMERS = 40;
    private static final int STOCK = 10;

    @Inject
    MockMailbox mailbox;
    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;

    private Shop shop;
    private CategoryEntity sweets;

    @BeforeEach
    void catalogue() {
        TestMongo.clean();
        sweets = Categories.sweets();
        categories.persist(sweets);
        shop = new Shop(mailbox);
    }

    @Test
    void shouldSellExactlyTheStockToFortyConcurrentCustomers() throws Exception {
        ProductEntity laddu = Products.onSale(sweets, "Tirupati Laddu", "50", STOCK);
        products.persist(laddu);
        List<AuthClient.Session> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            AuthClient.Session customer = shop.customer("oversell");
            Shop.added(customer, laddu.getId(), 1);
            customers.add(customer);
        }

        List<Response> answers = placeAllAtOnce(customers);

        List<Response> placed = answers.stream().filter(r -> r.statusCode() == 201).toList();
        List<Response> refused = answers.stream().filter(r -> r.statusCode() != 201).toList();
        assertThat(placed).hasSize(STOCK);
        assertThat(refused).hasSize(CUSTOMERS - STOCK).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("detail")).isEqualTo(PurchaseLimits.INSUFFICIENT_STOCK
                    + ": Tirupati Laddu");
        });
        Document stored = TestMongo.raw(CollectionNames.PRODUCTS).find(new Document("_id", laddu.getId())).first();
        assertThat(stored.getInteger("stock")).isZero();
        assertThat(stored.getInteger("totalStock")).isZero();
        assertThat(TestMongo.raw(CollectionNames.ORDERS).countDocuments()).isEqualTo(STOCK);
        assertThat(TestMongo.raw(CollectionNames.CARTS).countDocuments(new Document("status", "active")))
                .as("the refused customers keep their carts").isEqualTo(CUSTOMERS - STOCK);
    }

    @Test
    void shouldTakeNothingWhenTheThirdLineOfAnOrderIsShort() {
        ProductEntity ghee = Products.onSale(sweets, "Cow Ghee", "300", 5);
        ProductEntity kaja = Products.onSale(sweets, "Kaja", "100", 5);
        ProductEntity chikki = Products.onSale(sweets, "Chikki", "40", 5);
        products.persist(List.of(ghee, kaja, chikki));
        AuthClient.Session customer = shop.customer("three-lines");
        Shop.added(customer, ghee.getId(), 2);
        Shop.added(customer, kaja.getId(), 3);
        Shop.added(customer, chikki.getId(), 4);
        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", chikki.getId()),
                new Document("$set", new Document("stock", 3).append("totalStock", 3)));

        Storefront.problem(Shop.place(customer).then(), 409).body("detail",
                equalTo(PurchaseLimits.INSUFFICIENT_STOCK + ": Chikki"));

        assertThat(stock(ghee)).containsExactly(5, 5);
        assertThat(stock(kaja)).containsExactly(5, 5);
        assertThat(stock(chikki)).containsExactly(3, 3);
        assertThat(TestMongo.raw(CollectionNames.ORDERS).countDocuments()).isZero();
        Shop.cart(customer).then().body("data.status", equalTo("active")).body("data.items", hasSize(3));
    }

    @Test
    void shouldTakeStockFromALegacyProductWhoseTwoStockNamesDisagreeAndLeaveThemEqual() {
        ProductEntity legacy = Products.onSale(sweets, "Legacy Sweet", "10", 9);
        products.persist(legacy);
        AuthClient.Session customer = shop.customer("legacy-stock");
        Shop.added(customer, legacy.getId(), 2);
        // A legacy write left totalStock behind; the first name, stock, is the one that counts.
        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", legacy.getId()),
                new Document("$unset", new Document("totalStock", "")));

        Shop.place(customer).then().statusCode(201);

        assertThat(stock(legacy)).containsExactly(7, 7);
    }

    private static List<Response> placeAllAtOnce(List<AuthClient.Session> customers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(customers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (AuthClient.Session customer : customers) {
                calls.add(() -> {
                    start.await();
                    return Shop.place(customer);
                });
            }
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Object> stock(ProductEntity product) {
        Document raw = TestMongo.raw(CollectionNames.PRODUCTS).find(new Document("_id", product.getId())).first();
        return List.of(raw.get("stock"), raw.get("totalStock"));
    }
}
