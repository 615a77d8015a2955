package com.annavaram.user.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import jakarta.inject.Inject;

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
import com.annavaram.user.support.Storefront;
import com.annavaram.user.support.TestMongo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Quantities and ids the cart must refuse with a 4xx problem, changing nothing. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CartBadInputIT {

    @Inject
    MockMailbox mailbox;
    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;

    private AuthClient.Session session;
    private ProductEntity ghee;
    private String itemId;

    @BeforeEach
    void shopper() {
        TestMongo.clean();
        CategoryEntity sweets = Categories.sweets();
        categories.persist(sweets);
        ghee = Products.ghee(sweets);
        products.persist(ghee);
        session = new Shop(mailbox).customer("cart-bad");
        itemId = Shop.added(session, ghee.getId(), 2).extract().path("data.items[0].id");
    }

    @Test
    void shouldRefuseQuantitiesThatAreNotWholeNumbersFromOneToTheMaximum() {
        for (Object quantity : List.of(0, -1, 1_000_000_000, 1_000_000_000_000L, 1.5, "1", true, "$gt")) {
            Storefront.problem(Shop.add(session, ghee.getId().toHexString(), quantity).then(), 400);
        }
        for (Object quantity : List.of(-1, 1_000_000_000, 2.5, "3")) {
            Storefront.problem(Storefront.authorized(session).contentType("application/json")
                    .body(java.util.Map.of("quantity", quantity)).patch("/api/cart/items/" + itemId).then(), 400);
        }
        assertUnchanged();
    }

    @Test
    void shouldRefuseOperatorsAndMalformedIdsInTheBody() {
        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body("{\"productId\": {\"$ne\": null}, \"quantity\": 1}").post("/api/cart/items").then(), 400);
        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body("{\"productId\": \"x\", \"quantity\": 1, \"$where\": \"1\"}").post("/api/cart/items").then(),
                400);
        Storefront.problem(Shop.add(session, "", 1).then(), 400);
        Storefront.problem(Shop.add(session, "x".repeat(500), 1).then(), 400);
        Storefront.problem(Shop.add(session, ".*", 1).then(), 404);
        Storefront.problem(Storefront.authorized(session).contentType("application/json").body("{not json")
                .post("/api/cart/items").then(), 400);
        Storefront.problem(Storefront.authorized(session).contentType("application/json").body("")
                .post("/api/cart/items").then(), 400);
        assertUnchanged();
    }

    @Test
    void shouldRefuseAnOversizedBody() {
        String huge = "{\"productId\": \"" + "a".repeat(2 * 1024 * 1024) + "\", \"quantity\": 1}";

        Storefront.problem(Storefront.authorized(session).contentType("application/json").body(huge)
                .post("/api/cart/items").then(), 413);
        assertUnchanged();
    }

    private void assertUnchanged() {
        Shop.cart(session).then().body("data.items[0].quantity", equalTo(2));
        assertThat(TestMongo.raw(CollectionNames.CART_ITEMS).countDocuments()).isEqualTo(1);
    }
}
