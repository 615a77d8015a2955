package com.annavaram.user.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.LegacyMongoResource;
import com.annavaram.user.support.LegacyProfile;
import com.annavaram.user.support.Shop;
import com.annavaram.user.support.Storefront;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** S22–S27 replayed on the legacy data set as customer 0, whose legacy cart and wishlist are already there. */
@QuarkusTest
@TestProfile(LegacyProfile.class)
@WithTestResource(value = LegacyMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class LegacyCartContractIT {

    @Inject
    MockMailbox mailbox;

    private AuthClient.Session session;

    @BeforeAll
    static void legacySet() {
        LegacyMongoResource.reload();
    }

    @BeforeEach
    void login() {
        session = LegacyData.login(new AuthClient(mailbox));
    }

    @Test
    void s22ShouldAnswerTheLegacyCartBodyWithPriceAndStockWarnings() {
        cartBody(Storefront.cors(Shop.cart(session).then()).statusCode(200)).body("data.items", hasSize(3))
                .body("data.items.find { it.productId == '" + LegacyData.JACKFRUIT_CHIPS + "' }.priceChanged",
                        equalTo(true))
                .body("data.items.find { it.productId == '" + LegacyData.JACKFRUIT_CHIPS + "' }.unitPrice",
                        equalTo(541.0f))
                .body("data.items.find { it.productId == '" + LegacyData.JACKFRUIT_CHIPS + "' }.stock", equalTo(49))
                .body("data.totals.quantity", equalTo(6)).body("data.totals.amount", equalTo(2471.0f));
    }

    @Test
    void s23ToS25ShouldAddByIdOrSlugChangeAndRemoveLines() {
        cartBody(Shop.add(session, "kobbari-undalu", 1).then().statusCode(200)).body("data.items", hasSize(4));
        String itemId = Shop.add(session, LegacyData.KOBBARI_UNDALU.toHexString(), 1).then().statusCode(200)
                .body("data.items.find { it.productId == '" + LegacyData.KOBBARI_UNDALU + "' }.quantity", equalTo(2))
                .extract().path("data.items.find { it.productId == '" + LegacyData.KOBBARI_UNDALU + "' }.id");

        cartBody(Storefront.authorized(session).contentType("application/json").body(Map.of("quantity", 5))
                .patch("/api/cart/items/" + itemId).then().statusCode(200))
                .body("data.items.find { it.id == '" + itemId + "' }.quantity", equalTo(5));
        cartBody(Storefront.authorized(session).contentType("application/json").body(Map.of("quantity", 0))
                .patch("/api/cart/items/" + itemId).then().statusCode(200)).body("data.items", hasSize(3));
        Shop.add(session, "kobbari-undalu", 1).then().statusCode(200);
        cartBody(Storefront.authorized(session).delete("/api/cart/items/kobbari-undalu").then().statusCode(200))
                .body("data.items", hasSize(3));
        Storefront.problem(Shop.add(session, "kakinada-kaja", 1).then(), 404);
    }

    @Test
    void s26AndS27ShouldAnswerTheLegacyWishlistAndToggleIt() {
        Storefront.cors(Storefront.authorized(session).get("/api/wishlist").then()).statusCode(200)
                .body("data.items", hasSize(3)).body("data.items.productId", everyItem(matchesPattern("[0-9a-f]{24}")))
                .body("data.items.id", everyItem(matchesPattern("[0-9a-f]{24}")))
                .body("data.items.name", everyItem(instanceOf(String.class)))
                .body("data.items.price", everyItem(notNullValue()))
                .body("data.items.category", everyItem(instanceOf(String.class)))
                .body("data.items.slug", everyItem(instanceOf(String.class)))
                .body("data.items.image", everyItem(instanceOf(String.class)))
                .body("data.items.images", everyItem(hasSize(1)))
                .body("data.items.stock", everyItem(instanceOf(Integer.class)));

        toggle(LegacyData.KOBBARI_UNDALU.toHexString()).body("data.inWishlist", equalTo(false));
        toggle("jackfruit-chips").body("data.inWishlist", equalTo(true));
        Storefront.authorized(session).get("/api/wishlist").then().body("data.items", hasSize(3))
                .body("data.items[0].productId", equalTo(LegacyData.JACKFRUIT_CHIPS.toHexString()));
        toggle(LegacyData.KOBBARI_UNDALU.toHexString()).body("data.inWishlist", equalTo(true));
        toggle("jackfruit-chips").body("data.inWishlist", equalTo(false));
    }

    private ValidatableResponse toggle(String productId) {
        return Storefront.cors(Storefront.authorized(session).contentType("application/json")
                .body(Map.of("productId", productId)).post("/api/wishlist/toggle").then()).statusCode(200);
    }

    /** Every field S22 reads, on every line. */
    private static ValidatableResponse cartBody(ValidatableResponse response) {
        return response.body("data.id", matchesPattern("[0-9a-f]{24}")).body("data.status", equalTo("active"))
                .body("data.items.id", everyItem(matchesPattern("[0-9a-f]{24}")))
                .body("data.items.productId", everyItem(matchesPattern("[0-9a-f]{24}")))
                .body("data.items.name", everyItem(instanceOf(String.class)))
                .body("data.items.quantity", everyItem(instanceOf(Integer.class)))
                .body("data.items.unitPrice", everyItem(notNullValue()))
                .body("data.items.subtotal", everyItem(notNullValue()))
                .body("data.items.stock", everyItem(instanceOf(Integer.class)))
                .body("data.items.productSnapshot.images", everyItem(hasSize(1)))
                .body("data.items.productSnapshot.slug", everyItem(instanceOf(String.class)))
                .body("data.items.productSnapshot.stock", everyItem(instanceOf(Integer.class)))
                .body("data.items.productSnapshot.isActive", everyItem(equalTo(true)))
                .body("data.items.productSnapshot.category", everyItem(instanceOf(String.class)))
                .body("data.totals.quantity", instanceOf(Integer.class))
                .body("data.totals.amount", instanceOf(Number.class));
    }
}
