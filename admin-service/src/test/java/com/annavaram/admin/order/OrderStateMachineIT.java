package com.annavaram.admin.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Catalog;
import com.annavaram.admin.fixture.Documents;
import com.annavaram.admin.fixture.Reply;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.StatusChange;

import tools.jackson.databind.JsonNode;

/** A18 over HTTP: forward moves and cancels only, each recorded, and a cancel gives stock back exactly once. */
class OrderStateMachineIT extends ApiIntegration {

    private ObjectId productId;

    @BeforeEach
    void product() {
        String category = Catalog.category(api(), superAdmin(), Catalog.unique("Orders"));
        productId = new ObjectId(Catalog.product(api(), superAdmin(), category, "Kaja Box", 10).get("_id").asString());
    }

    @Test
    void shouldMoveForwardAndRecordWhoAndWhy() {
        ObjectId order = order("payment_confirmed");

        JsonNode detail = changeStatus(order, "dispatched", "Handed to courier").expectOk().data();

        assertThat(detail.get("status").asString()).isEqualTo("dispatched");
        JsonNode last = detail.get("statusHistory").get(detail.get("statusHistory").size() - 1);
        assertThat(last.get("status").asString()).isEqualTo("dispatched");
        assertThat(last.get("notes").asString()).isEqualTo("Handed to courier");
        assertThat(last.get("updatedBy").get("email").asString()).isEqualTo(LEGACY_ADMIN_EMAIL);
        Document stored = lastChange(order);
        assertThat(stored.get(StatusChange.UPDATED_BY)).isEqualTo(LEGACY_ADMIN_ID);
        assertThat(stored.getString(StatusChange.ACTOR)).isEqualTo("admin");
    }

    @Test
    void shouldWriteDefaultNotesWhenNoneAreGiven() {
        ObjectId order = order("order_created");

        changeStatus(order, "delivered", "").expectOk();

        assertThat(lastChange(order).getString(StatusChange.NOTES)).isEqualTo("Status updated to delivered");
    }

    @Test
    void shouldRefuseAMoveBackwardsNamingTheAllowedNextStates() {
        ObjectId order = order("dispatched");

        JsonNode problem = changeStatus(order, "order_created", null).expectProblem(409).json();

        assertThat(problem.get("currentStatus").asString()).isEqualTo("dispatched");
        assertThat(problem.get("allowedNext").valueStream().map(JsonNode::asString).toList())
                .containsExactly("reached_city", "out_for_delivery", "delivered");
        assertThat(raw(Order.COLLECTION, order).getString(Order.STATUS)).isEqualTo("dispatched");
    }

    @Test
    void shouldRefuseACancelAfterDispatchAndAnyChangeOfADeliveredOrder() {
        changeStatus(order("out_for_delivery"), "cancelled", null).expectProblem(409);
        JsonNode problem = changeStatus(order("delivered"), "delivered", null).expectProblem(409).json();

        assertThat(problem.get("allowedNext").isEmpty()).isTrue();
    }

    @Test
    void shouldRejectAnUnknownOrLegacyStatusWordAsBadRequest() {
        ObjectId order = order("order_created");

        assertThat(changeStatus(order, "teleported", null).expectProblem(400).errorFields()).containsExactly("/status");
        changeStatus(order, "paid", null).expectProblem(400);
        api().patch("/api/orders/" + order + "/status", superAdmin(), "{\"notes\":\"x\"}").expectProblem(400);
    }

    @Test
    void shouldGiveStockBackExactlyOnceWhenCancelledTwice() {
        ObjectId order = order("payment_confirmed");

        changeStatus(order, "cancelled", "Customer called").expectOk();
        changeStatus(order, "cancelled", "Again").expectProblem(409);

        Document product = raw(Product.COLLECTION, productId);
        assertThat(product.get(Product.STOCK)).isEqualTo(13);
        assertThat(product.get(Product.TOTAL_STOCK)).isEqualTo(13);
        assertThat(raw(Order.COLLECTION, order).getBoolean(Order.STOCK_RELEASED)).isTrue();
    }

    @Test
    void shouldGiveStockBackOnceWhenTwoAdminsCancelAtTheSameTime() {
        ObjectId order = order("order_created");
        List<CompletableFuture<Integer>> cancels = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cancels.add(CompletableFuture.supplyAsync(() -> changeStatus(order, "cancelled", null).status()));
        }

        List<Integer> statuses = cancels.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(raw(Product.COLLECTION, productId).get(Product.STOCK)).isEqualTo(13);
    }

    @Test
    void shouldNotGiveBackStockThatWasAlreadyReleased() {
        ObjectId order = order("pending_payment");
        mongo.getDb().getCollection(Order.COLLECTION).updateOne(new Document("_id", order),
                new Document("$set", new Document(Order.STOCK_RELEASED, true)));

        changeStatus(order, "cancelled", null).expectOk();

        assertThat(raw(Product.COLLECTION, productId).get(Product.STOCK)).isEqualTo(10);
    }

    @Test
    void shouldCancelALegacyStorefrontOrderAndGiveBackItsOrderItems() {
        // Stored as "paid" with its line in order_items: 3 of a product that has stock 68 and no totalStock.
        ObjectId legacyOrder = new ObjectId("9d940e7cc28ec35779057e6d");
        ObjectId legacyProduct = new ObjectId("b16d3582e26fa61480cd357b");

        JsonNode detail = changeStatus(legacyOrder, "cancelled", null).expectOk().data();

        assertThat(detail.get("products").size()).isEqualTo(1);
        Document product = raw(Product.COLLECTION, legacyProduct);
        assertThat(product.get(Product.STOCK)).isEqualTo(71);
        assertThat(product.get(Product.TOTAL_STOCK)).isEqualTo(71);
        Document order = raw(Order.COLLECTION, legacyOrder);
        assertThat(order.get(Order.USER_ID)).isEqualTo(order.get(Order.USER)).isNotNull();
    }

    @Test
    void shouldAnswerNotFoundForMalformedAndUnknownOrderIds() {
        api().patch("/api/orders/12345/status", superAdmin(), "{\"status\":\"delivered\"}").expectProblem(404);
        changeStatus(new ObjectId(), "delivered", null).expectProblem(404);
    }

    private ObjectId order(String status) {
        Order order = Documents.order(status, Instant.now(), Documents.line(productId, "Kaja Box", 3, "250.00"));
        return mongo.save(order).getId();
    }

    private Reply changeStatus(ObjectId order, String status, String notes) {
        String body = "{\"status\":\"" + status + "\"" + (notes == null ? "" : ",\"notes\":\"" + notes + "\"") + "}";
        return api().patch("/api/orders/" + order + "/status", superAdmin(), body);
    }

    private Document lastChange(ObjectId order) {
        List<Document> history = raw(Order.COLLECTION, order).getList(Order.STATUS_HISTORY, Document.class);
        return history.get(history.size() - 1);
    }
}
