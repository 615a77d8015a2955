package com.annavaram.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.annavaram.systemtests.support.AdminApi;
import com.annavaram.systemtests.support.Catalogue;
import com.annavaram.systemtests.support.Json;
import com.annavaram.systemtests.support.Names;
import com.annavaram.systemtests.support.ShopApi;
import com.annavaram.systemtests.support.SystemTest;
import com.annavaram.systemtests.support.SystemUnderTest;

import io.restassured.path.json.JsonPath;

/** Story 2: a new customer's order reaches the admin complete, and the admin's dispatch reaches the customer. */
@SystemTest
class OrderStoryIT {

    private static final String ORDER_NUMBER = "ORD-\\d{8}-[A-Z0-9]{6}";

    @Test
    void shouldShowTheAdminTheNewCustomersOrderAndTheCustomerItsDispatch(AdminApi admin, ShopApi shop) {
        Catalogue.Listed pootharekulu = Catalogue.list(admin, "Pootharekulu", "Classic Sweets", "120.00", 10);
        Catalogue.Listed ghee = Catalogue.list(admin, "Cow Ghee 500ml", "Dairy", "75.50", 5);
        String email = Names.email("order-story");
        ShopApi.Customer customer = shop.signUp(email, "Sita Rama");
        String line = shop.addToCart(customer, pootharekulu.productId()).getString("data.items[0].id");
        shop.setQuantity(customer, line, 2);
        JsonPath cart = shop.addToCart(customer, ghee.productId());
        assertThat(cart.getInt("data.totals.quantity")).isEqualTo(3);
        assertThat(Json.decimal(cart.get("data.totals.amount"))).isEqualByComparingTo("315.50");

        JsonPath statsBefore = admin.orderStats();

        JsonPath placed = shop.placeOrder(customer);

        String orderId = placed.getString("data.order.id");
        String orderNumber = placed.getString("data.order.orderId");
        assertThat(orderNumber).matches(ORDER_NUMBER);
        assertThat(placed.getString("data.order.status")).isEqualTo("processing");
        assertThat(Json.decimal(placed.get("data.order.totalAmount"))).isEqualByComparingTo("315.50");
        assertThat(placed.getMap("data").get("razorpay")).isNull();
        assertThat(shop.cart(customer).getInt("data.totals.quantity")).isZero();

        Map<String, Object> row = Json.find(admin.orders(), "_id", orderId);
        assertThat(row).as("the admin's default order list shows %s", orderNumber).isNotNull();
        assertThat(row.get("orderId")).isEqualTo(orderNumber);
        assertThat(row.get("userId")).isEqualTo(customer.userId());
        assertThat(row.get("status")).isEqualTo("order_created");
        assertThat(Json.decimal(row.get("totalAmount"))).isEqualByComparingTo("315.50");
        List<Map<String, Object>> lines = lines(row);
        assertThat(lines).extracting(l -> l.get("productId"), l -> l.get("productName"), l -> l.get("quantity"))
                .containsExactlyInAnyOrder(tuple(pootharekulu.productId(), pootharekulu.name(), 2),
                        tuple(ghee.productId(), ghee.name(), 1));
        JsonPath detail = admin.order(orderId);
        assertThat(detail.getString("data.customer.email")).isEqualTo(email);
        assertThat(detail.getString("data.customer.fullName")).isEqualTo("Sita Rama");
        assertThat(detail.getString("data.shippingAddress.city")).isEqualTo("Annavaram");
        assertThat(detail.getList("data.products.productId.imageUrl")).containsExactlyInAnyOrder(pootharekulu
                .imageUrl(), ghee.imageUrl());
        assertThat(detail.getList("data.statusHistory.status")).containsExactly("order_created");

        String today = LocalDate.now(ZoneId.of("Asia/Kolkata")).toString();
        assertThat(admin.orders(Map.of("status", "order_created", "startDate", today, "endDate", today)))
                .extracting(order -> order.get("_id")).contains(orderId);
        JsonPath statsAfter = admin.orderStats();
        assertThat(statsAfter.getLong("data.totalOrders")).isEqualTo(statsBefore.getLong("data.totalOrders") + 1);
        assertThat(statsAfter.getLong("data.ordersByStatus.order_created")).isEqualTo(statsBefore.getLong(
                "data.ordersByStatus.order_created") + 1);

        Json.ok(admin.changeStatus(orderId, "dispatched", "Handed to the courier"), 200);

        Map<String, Object> seen = Json.find(shop.orders(customer), "id", orderId);
        assertThat(seen.get("status")).isEqualTo("shipped");
        assertThat(seen.get("fulfillmentStatus")).isEqualTo("dispatched");
        JsonPath after = admin.order(orderId);
        assertThat(after.getString("data.status")).isEqualTo("dispatched");
        assertThat(after.getString("data.statusHistory[-1].status")).isEqualTo("dispatched");
        assertThat(after.getString("data.statusHistory[-1].notes")).isEqualTo("Handed to the courier");
        assertThat(after.getString("data.statusHistory[-1].updatedBy.email"))
                .isEqualTo(SystemUnderTest.LEGACY_ADMIN_EMAIL);
    }

    @Test
    void shouldFollowTheAdminsStatusesInTheShopAndVerifyTheDeliveredBuyersReview(AdminApi admin, ShopApi shop) {
        Catalogue.Listed kaja = Catalogue.list(admin, "Gottam Kaja", "Classic Sweets", "160.00", 8);
        ShopApi.Customer customer = shop.signUp(Names.email("delivered-story"), "Padma Priya");
        shop.addToCart(customer, kaja.productId());
        String orderId = shop.placeOrder(customer).getString("data.order.id");

        Json.ok(admin.changeStatus(orderId, "payment_confirmed", "Cash received"), 200);
        assertThat(Json.find(shop.orders(customer), "id", orderId).get("status")).isEqualTo("paid");
        Json.ok(admin.changeStatus(orderId, "out_for_delivery", ""), 200);
        assertThat(Json.find(shop.orders(customer), "id", orderId).get("status")).isEqualTo("shipped");
        Json.ok(admin.changeStatus(orderId, "delivered", ""), 200);
        assertThat(Json.find(shop.orders(customer), "id", orderId).get("status")).isEqualTo("delivered");
        Json.problem(admin.changeStatus(orderId, "dispatched", ""), 409);

        Map<String, Object> review = shop.review(customer, kaja.productId(), 4, "As promised", "Crisp and fresh.");
        assertThat(review.get("isVerifiedPurchase")).isEqualTo(true);
        assertThat(admin.order(orderId).getList("data.statusHistory.status")).containsExactly("order_created",
                "payment_confirmed", "out_for_delivery", "delivered");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> order) {
        return (List<Map<String, Object>>) order.get("products");
    }
}
