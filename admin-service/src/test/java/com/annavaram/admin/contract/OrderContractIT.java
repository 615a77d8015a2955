package com.annavaram.admin.contract;

import static com.annavaram.admin.contract.ContractAssertions.isArray;
import static com.annavaram.admin.contract.ContractAssertions.isDate;
import static com.annavaram.admin.contract.ContractAssertions.isId;
import static com.annavaram.admin.contract.ContractAssertions.isInt;
import static com.annavaram.admin.contract.ContractAssertions.isNumber;
import static com.annavaram.admin.contract.ContractAssertions.isText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;

import tools.jackson.databind.JsonNode;

/** A15–A18 of CLIENTS.md, on the legacy data set: the orders page and the order detail. */
class OrderContractIT extends ApiIntegration {

    /** The six statuses the panel's filter and dropdown offer. */
    private static final List<String> PANEL_STATUSES = List.of("order_created", "payment_confirmed", "dispatched",
            "reached_city", "out_for_delivery", "delivered");

    @Test
    void shouldServeA15EveryOrderInAShapeThatDoesNotCrashThePanel() {
        JsonNode data = api().get("/api/orders", superAdmin()).expectOk().data();

        assertThat(data.size()).isGreaterThanOrEqualTo(55);
        for (JsonNode order : data) {
            String id = order.get("_id").asString();
            isId(order.get("_id"), "_id");
            isText(order.get("userId"), id + ".userId");
            assertThat(order.get("userId").asString()).as(id + ".userId").hasSize(24);
            isArray(order.get("products"), id + ".products");
            order.get("products").forEach(line -> isText(line.get("productName"), id + ".productName"));
            isNumber(order.get("totalAmount"), id + ".totalAmount");
            isText(order.get("status"), id + ".status");
            isDate(order.get("createdAt"), id + ".createdAt");
            assertThat(order.has("orderId")).isTrue();
        }
        assertThat(data.findValuesAsString("status")).contains("payment_confirmed", "pending_payment");
    }

    @Test
    void shouldServeA15EveryFilterOptionOfThePanel() {
        for (String status : PANEL_STATUSES) {
            JsonNode data = api().get("/api/orders?status=" + status, superAdmin()).expectOk().data();
            assertThat(data.size()).as(status).isPositive();
            assertThat(data.findValuesAsString("status")).as(status).containsOnly(status);
        }
        JsonNode dated = api().get("/api/orders?startDate=2025-10-30&endDate=2025-10-30", superAdmin()).expectOk()
                .data();
        assertThat(dated.size()).isPositive();
    }

    @Test
    void shouldServeA16OrderFigures() {
        JsonNode data = api().get("/api/orders/stats", superAdmin()).expectOk().data();

        isInt(data.get("totalOrders"), "totalOrders");
        isNumber(data.get("totalRevenue"), "totalRevenue");
        isNumber(data.get("averageOrderValue"), "averageOrderValue");
        isInt(data.get("ordersByStatus").get("order_created"), "ordersByStatus.order_created");
        assertThat(data.get("averageOrderValue").asDouble()).isPositive();
    }

    @Test
    void shouldServeA17AnAdminOrderWithPopulatedProducts() {
        // An admin order whose line names a product of the legacy adminproducts collection.
        JsonNode order = api().get("/api/orders/31539f448ea1d74de068c844", superAdmin()).expectOk().data();

        assertDetail(order);
        JsonNode line = order.get("products").get(0);
        assertThat(line.get("productId").isObject()).isTrue();
        assertThat(line.get("productId").has("imageUrl")).isTrue();
    }

    @Test
    void shouldServeA17AStorefrontOrderWithItsOrderItems() {
        JsonNode order = api().get("/api/orders/a08cb48ef0f69b82ab6dbb75", superAdmin()).expectOk().data();

        assertDetail(order);
        assertThat(order.get("products").size()).isEqualTo(3);
        assertThat(order.get("status").asString()).isEqualTo("delivered");
    }

    @Test
    void shouldServeA18AStatusChangeWithEmptyNotes() {
        api().patch("/api/orders/31539f448ea1d74de068c844/status", superAdmin(),
                "{\"status\":\"delivered\",\"notes\":\"\"}").expectOk();

        JsonNode order = api().get("/api/orders/31539f448ea1d74de068c844", superAdmin()).expectOk().data();
        JsonNode history = order.get("statusHistory");
        JsonNode last = history.get(history.size() - 1);
        assertThat(order.get("status").asString()).isEqualTo("delivered");
        assertThat(last.get("notes").asString()).isEqualTo("Status updated to delivered");
        assertThat(last.get("updatedBy").get("email").asString()).isEqualTo(LEGACY_ADMIN_EMAIL);
    }

    private static void assertDetail(JsonNode order) {
        assertThat(order.has("orderId")).isTrue();
        isText(order.get("userId"), "userId");
        isNumber(order.get("totalAmount"), "totalAmount");
        isDate(order.get("createdAt"), "createdAt");
        isText(order.get("status"), "status");
        isArray(order.get("products"), "products");
        for (JsonNode line : order.get("products")) {
            assertThat(line.get("productId").isObject() || line.get("productId").isNull()).isTrue();
            isText(line.get("productName"), "productName");
            isInt(line.get("quantity"), "quantity");
            isNumber(line.get("unitPrice"), "unitPrice");
            isNumber(line.get("subtotal"), "subtotal");
        }
        JsonNode address = order.get("shippingAddress");
        for (String field : List.of("name", "line1", "city", "state", "postalCode", "country")) {
            isText(address.get(field), "shippingAddress." + field);
        }
        isArray(order.get("statusHistory"), "statusHistory");
        for (JsonNode change : order.get("statusHistory")) {
            isText(change.get("status"), "statusHistory.status");
            isDate(change.get("timestamp"), "statusHistory.timestamp");
            assertThat(change.get("updatedBy").isNull() || change.get("updatedBy").has("email")).isTrue();
        }
    }
}
