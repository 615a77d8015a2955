package com.annavaram.user.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.order.LegacyOrderItem;
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

/** S22–S25: the cart body, accumulated quantities, stock and per-customer limits. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CartIT {

    @Inject
    MockMailbox mailbox;
    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;
    @Inject
    PurchaseLimits limits;

    private AuthClient.Session session;
    private ProductEntity ghee;

    @BeforeEach
    void shopper() {
        TestMongo.clean();
        CategoryEntity sweets = Categories.sweets();
        categories.persist(sweets);
        ghee = Products.ghee(sweets);
        products.persist(ghee);
        session = new Shop(mailbox).customer("cart");
    }

    @Test
    void s22ShouldAnswerAnEmptyActiveCartBeforeAnythingIsAdded() {
        Storefront.cors(Shop.cart(session).then()).statusCode(200).body("data.id", nullValue())
                .body("data.status", equalTo("active")).body("data.items", hasSize(0))
                .body("data.totals.quantity", equalTo(0)).body("data.totals.amount", equalTo(0.0f));
        assertThat(TestMongo.raw(CollectionNames.CARTS).countDocuments()).isZero();
    }

    @Test
    void s23ShouldAddToTheQuantityAlreadyThereAndAnswerTheCartBody() {
        Shop.added(session, ghee.getId(), 1);
        Shop.add(session, ghee.getSlug(), 2).then().statusCode(200).body("data.status", equalTo("active"))
                .body("data.items", hasSize(1)).body("data.items[0].productId", equalTo(ghee.getId().toHexString()))
                .body("data.items[0].name", equalTo("Cow Ghee 500ml")).body("data.items[0].quantity", equalTo(3))
                .body("data.items[0].unitPrice", equalTo(349.5f)).body("data.items[0].subtotal", equalTo(1048.5f))
                .body("data.items[0].stock", equalTo(40))
                .body("data.items[0].productSnapshot.images[0]", equalTo(Products.DEFAULT_IMAGE))
                .body("data.items[0].productSnapshot.slug", equalTo("cow-ghee-500ml"))
                .body("data.items[0].productSnapshot.stock", equalTo(40))
                .body("data.items[0].productSnapshot.isActive", equalTo(true))
                .body("data.items[0].productSnapshot.category", equalTo("Sweets"))
                .body("data.items[0].priceChanged", equalTo(false)).body("data.items[0].stockShort", equalTo(false))
                .body("data.totals.quantity", equalTo(3)).body("data.totals.amount", equalTo(1048.5f));
        assertThat(TestMongo.raw(CollectionNames.CART_ITEMS).countDocuments()).isEqualTo(1);
    }

    @Test
    void s23ShouldRefuseMoreThanTheStockCountingWhatIsAlreadyInTheCart() {
        setStock(4);
        Shop.added(session, ghee.getId(), 3);

        Storefront.problem(Shop.add(session, ghee.getId().toHexString(), 2).then(), 409)
                .body("detail", equalTo(PurchaseLimits.INSUFFICIENT_STOCK));
        Shop.cart(session).then().body("data.items[0].quantity", equalTo(3));
    }

    @Test
    void s23ShouldRefuseMoreThanTheCustomerLimitCountingOrdersThatAreNotCancelled() {
        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", ghee.getId()),
                new Document("$set", new Document("maxUnitsPerUser", 3)));
        ObjectId user = new ObjectId(session.userId());
        TestMongo.raw(CollectionNames.ORDERS).insertOne(Shop.rawOrder(user, ghee.getId(), 2, "order_created"));
        TestMongo.raw(CollectionNames.ORDERS).insertOne(Shop.rawOrder(user, ghee.getId(), 5, "cancelled"));

        Shop.added(session, ghee.getId(), 1);
        Storefront.problem(Shop.add(session, ghee.getId().toHexString(), 1).then(), 409);

        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", ghee.getId()),
                new Document("$set", new Document("isUnlimitedPurchase", true)));
        Shop.added(session, ghee.getId(), 5).body("data.items[0].quantity", equalTo(6));
    }

    @Test
    void s23ShouldCountLegacyOrdersOfEveryShapeButOnlyLinesOfTheProduct() {
        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", ghee.getId()),
                new Document("$set", new Document("maxUnitsPerUser", 4)));
        ObjectId user = new ObjectId(session.userId());
        ObjectId other = new ObjectId();
        // Express shape: only `user`, only `items`, lines naming only `product`.
        Document line = new Document("product", ghee.getId()).append("productName", "Ghee").append("quantity", 1);
        TestMongo.raw(CollectionNames.ORDERS).insertOne(new Document("_id", new ObjectId()).append("orderId",
                "ORD-LEGACY-1").append("user", user)
                .append("items", List.of(line, new Document("product", other).append("quantity", 9)))
                .append("status", "pending"));
        // FastAPI shape: no embedded lines, they are in order_items.
        ObjectId bare = new ObjectId();
        TestMongo.raw(CollectionNames.ORDERS).insertOne(new Document("_id", bare).append("orderId", "ORD-LEGACY-2")
                .append("user", user).append("status", "paid"));
        TestMongo.raw(LegacyOrderItem.COLLECTION).insertOne(new Document(LegacyOrderItem.ORDER, bare)
                .append(LegacyOrderItem.PRODUCT, ghee.getId()).append(LegacyOrderItem.QUANTITY, 2));
        // Other products and other customers count for nothing.
        TestMongo.raw(CollectionNames.ORDERS).insertOne(Shop.rawOrder(user, other, 50, "order_created"));
        TestMongo.raw(CollectionNames.ORDERS).insertOne(Shop.rawOrder(new ObjectId(), ghee.getId(), 50,
                "order_created"));

        assertThat(limits.ordered(user, ghee.getId())).isEqualTo(3);
        Shop.added(session, ghee.getId(), 1);
        Storefront.problem(Shop.add(session, ghee.getId().toHexString(), 1).then(), 409);

        // The legacy shapes stand for data before the migration; the alias scan after each test is about what the
        // services write.
        TestMongo.raw(CollectionNames.ORDERS).deleteMany(new Document("userId", new Document("$exists", false)));
    }

    @Test
    void s23ShouldSayAProductThatIsNotOnSaleIsNotAvailable() {
        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", ghee.getId()),
                new Document("$set", new Document("isActive", false)));

        Storefront.problem(Shop.add(session, ghee.getId().toHexString(), 1).then(), 404)
                .body("detail", equalTo("Product not available"));
        Storefront.problem(Shop.add(session, "kakinada-kaja", 1).then(), 404);
        Storefront.problem(Shop.add(session, new ObjectId().toHexString(), 1).then(), 404);
        assertThat(TestMongo.raw(CollectionNames.CART_ITEMS).countDocuments()).isZero();
    }

    @Test
    void s24ShouldSetTheQuantityAndRemoveTheLineAtZero() {
        String itemId = Shop.added(session, ghee.getId(), 2).extract().path("data.items[0].id");

        patch(itemId, 5).then().statusCode(200).body("data.items[0].quantity", equalTo(5))
                .body("data.totals.quantity", equalTo(5));
        patch(ghee.getId().toHexString(), 4).then().statusCode(200).body("data.items[0].quantity", equalTo(4));
        Storefront.problem(patch(itemId, 41).then(), 409);
        patch(itemId, 0).then().statusCode(200).body("data.items", hasSize(0));
        Storefront.problem(patch(itemId, 1).then(), 404);
    }

    @Test
    void s24ShouldLetTheCustomerLowerALineWhoseStockFellShortAndFlagIt() {
        String itemId = Shop.added(session, ghee.getId(), 5).extract().path("data.items[0].id");
        setStock(2);
        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", ghee.getId()),
                new Document("$set", new Document("price", new org.bson.types.Decimal128(new java.math.BigDecimal(
                        "399.00")))));

        Shop.cart(session).then().body("data.items[0].stockShort", equalTo(true))
                .body("data.items[0].priceChanged", equalTo(true)).body("data.items[0].unitPrice", equalTo(399.0f))
                .body("data.items[0].priceAtAddition", equalTo(349.5f));
        patch(itemId, 3).then().statusCode(200).body("data.items[0].stockShort", equalTo(true));
        patch(itemId, 2).then().statusCode(200).body("data.items[0].stockShort", equalTo(false));
    }

    @Test
    void s25ShouldRemoveALine() {
        String itemId = Shop.added(session, ghee.getId(), 2).extract().path("data.items[0].id");

        Storefront.cors(Storefront.authorized(session).delete("/api/cart/items/" + itemId).then()).statusCode(200)
                .body("data.items", hasSize(0)).body("data.totals.amount", equalTo(0.0f));
        Storefront.problem(Storefront.authorized(session).delete("/api/cart/items/" + itemId).then(), 404);
    }

    @Test
    void shouldNeedALogin() {
        Storefront.problem(Storefront.request().get("/api/cart").then(), 401);
        Storefront.problem(Storefront.json(Map.of("productId", ghee.getId().toHexString(), "quantity", 1))
                .post("/api/cart/items").then(), 401);
    }

    private io.restassured.response.Response patch(String itemId, int quantity) {
        return Storefront.authorized(session).contentType("application/json").body(Map.of("quantity", quantity))
                .patch("/api/cart/items/" + itemId);
    }

    private void setStock(int stock) {
        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", ghee.getId()),
                new Document("$set", new Document("stock", stock).append("totalStock", stock)));
    }
}
