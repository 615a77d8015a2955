package com.annavaram.user.order;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.user.catalog.CategoryEntity;
import com.annavaram.user.catalog.CategoryRepository;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.catalog.ProductRepository;
import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.Categories;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Products;
import com.annavaram.user.support.Shop;
import com.annavaram.user.support.TestMongo;
import com.mongodb.client.model.Updates;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A placement that dies between taking stock and writing its order (the process killed, the database gone) leaves
 * holds on the products and a claimed cart; the hold sweeper gives the stock back exactly once, settles the holds of
 * orders that were written, and hands the cart back.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StockHoldsIT {

    private static final Instant LATER = Instant.now().plus(Duration.ofHours(1));

    @Inject
    MockMailbox mailbox;
    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;
    @Inject
    StockLedger stock;
    @Inject
    StockHoldSweeper sweeper;

    private ProductEntity laddu;

    @BeforeEach
    void catalogue() {
        TestMongo.clean();
        CategoryEntity sweets = Categories.sweets();
        categories.persist(sweets);
        laddu = Products.onSale(sweets, "Tirupati Laddu", "50", 10);
        products.persist(laddu);
    }

    @Test
    void shouldGiveBackOnceWhatAPlacementThatDiedTook() {
        ObjectId neverWritten = new ObjectId();
        assertThat(stock.take(laddu.getId(), 3, neverWritten)).isTrue();
        assertThat(raw().getInteger("stock")).isEqualTo(7);

        assertThat(sweeper.sweep(LATER)).isEqualTo(1);
        sweeper.sweep(LATER);

        assertThat(raw().getInteger("stock")).isEqualTo(10);
        assertThat(raw().getInteger("totalStock")).isEqualTo(10);
        assertThat(raw().getList(StockLedger.HOLDS, Document.class)).isEmpty();
    }

    @Test
    void shouldKeepTheStockOfAnOrderThatWasWritten() {
        ObjectId written = new ObjectId();
        assertThat(stock.take(laddu.getId(), 2, written)).isTrue();
        TestMongo.raw(CollectionNames.ORDERS).insertOne(new Document("_id", written).append("status", "paid"));

        sweeper.sweep(LATER);

        assertThat(raw().getInteger("stock")).isEqualTo(8);
        assertThat(raw().getList(StockLedger.HOLDS, Document.class)).isEmpty();
    }

    @Test
    void shouldLeaveAHoldOfAPlacementStillInProgress() {
        assertThat(stock.take(laddu.getId(), 2, new ObjectId())).isTrue();

        assertThat(sweeper.sweep(Instant.now())).isZero();

        assertThat(raw().getInteger("stock")).isEqualTo(8);
    }

    @Test
    void shouldSettleTheHoldsOfANormalPlacement() {
        AuthClient.Session customer = new Shop(mailbox).customer("holds");
        Shop.added(customer, laddu.getId(), 4);

        Shop.place(customer).then().statusCode(201);

        assertThat(raw().getInteger("stock")).isEqualTo(6);
        assertThat(raw().getList(StockLedger.HOLDS, Document.class, List.of())).isEmpty();
    }

    @Test
    void shouldHandBackACartClaimedByAPlacementThatDied() {
        AuthClient.Session customer = new Shop(mailbox).customer("claimed");
        Shop.added(customer, laddu.getId(), 1);
        TestMongo.raw(CollectionNames.CARTS).updateOne(eq("user", new ObjectId(customer.userId())), Updates.combine(
                Updates.set("status", "converted"), Updates.set(StockHoldSweeper.CHECKOUT_AT, new Date())));
        Shop.cart(customer).then().body("data.items", hasSize(0));

        sweeper.sweep(LATER);

        Shop.cart(customer).then().body("data.items", hasSize(1));
    }

    private Document raw() {
        return TestMongo.raw(CollectionNames.PRODUCTS).find(eq("_id", laddu.getId())).first();
    }
}
