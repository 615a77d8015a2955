package com.annavaram.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import com.annavaram.systemtests.support.AdminApi;
import com.annavaram.systemtests.support.Catalogue;
import com.annavaram.systemtests.support.Concurrently;
import com.annavaram.systemtests.support.Json;
import com.annavaram.systemtests.support.Names;
import com.annavaram.systemtests.support.ShopApi;
import com.annavaram.systemtests.support.SystemTest;

import io.restassured.path.json.JsonPath;

/**
 * Story 3: an order takes exactly its quantity from the one stock both sides see, and a cancellation gives it back
 * exactly once, whoever cancels and however often.
 */
@SystemTest
class StockStoryIT {

    /**
     * A paid storefront order of the legacy set (lines in order_items, no orderId), both lines on storefront
     * duplicates the migration merged into admin products: 4 and 3 units.
     */
    private static final String LEGACY_PAID_ORDER = "a19b033d0785e4906a3b07c0";

    @Test
    void shouldTakeExactlyTheOrderedQuantityFromTheStockTheAdminSees(AdminApi admin, ShopApi shop) {
        Catalogue.Listed laddu = Catalogue.list(admin, "Tirupati Laddu", "Temple Prasadam", "50.00", 12);

        order(shop, laddu, 5);

        assertThat(admin.stockOf(laddu.productId())).isEqualTo(7);
        assertThat(shop.product(laddu.productId()).get("stock")).isEqualTo(7);
    }

    @Test
    void shouldGiveStockBackOnceWhenTheCustomerCancelsTwice(AdminApi admin, ShopApi shop) {
        Catalogue.Listed ariselu = Catalogue.list(admin, "Ariselu", "Classic Sweets", "90.00", 9);
        Placed placed = order(shop, ariselu, 4);
        assertThat(admin.stockOf(ariselu.productId())).isEqualTo(5);

        Json.ok(shop.deleteOrder(placed.customer(), placed.orderId()), 200);
        assertThat(admin.stockOf(ariselu.productId())).isEqualTo(9);
        Json.ok(shop.deleteOrder(placed.customer(), placed.orderId()), 200);
        Json.problem(admin.changeStatus(placed.orderId(), "cancelled", ""), 409);

        assertThat(admin.stockOf(ariselu.productId())).isEqualTo(9);
        assertThat(shop.product(ariselu.productId()).get("stock")).isEqualTo(9);
        assertThat(admin.order(placed.orderId()).getString("data.status")).isEqualTo("cancelled");
    }

    @Test
    void shouldGiveStockBackOnceWhenTheAdminCancelsAndTheCustomerCancelsAfter(AdminApi admin, ShopApi shop) {
        Catalogue.Listed kova = Catalogue.list(admin, "Palakova", "Milk Sweets", "140.00", 6);
        Placed placed = order(shop, kova, 2);
        assertThat(admin.stockOf(kova.productId())).isEqualTo(4);

        Json.ok(admin.changeStatus(placed.orderId(), "cancelled", "Customer called to cancel"), 200);
        assertThat(admin.stockOf(kova.productId())).isEqualTo(6);
        Json.problem(admin.changeStatus(placed.orderId(), "cancelled", ""), 409);
        Json.ok(shop.deleteOrder(placed.customer(), placed.orderId()), 200);

        assertThat(admin.stockOf(kova.productId())).isEqualTo(6);
        Map<String, Object> shown = Json.find(shop.orders(placed.customer()), "id", placed.orderId());
        assertThat(shown).as("a cancelled order the customer removed leaves their list").isNull();
    }

    @Test
    void shouldKeepTheStockOfAnOrderThatCanNoLongerBeCancelled(AdminApi admin, ShopApi shop) {
        Catalogue.Listed murukulu = Catalogue.list(admin, "Murukulu", "Savouries", "60.00", 8);
        Placed placed = order(shop, murukulu, 3);
        Json.ok(admin.changeStatus(placed.orderId(), "dispatched", ""), 200);

        Json.problem(shop.deleteOrder(placed.customer(), placed.orderId()), 409);
        Json.problem(admin.changeStatus(placed.orderId(), "cancelled", ""), 409);

        assertThat(admin.stockOf(murukulu.productId())).isEqualTo(5);
    }

    @Test
    void shouldGiveALegacyStorefrontOrdersStockBackOnceWhenTheAdminCancelsIt(AdminApi admin) {
        JsonPath order = admin.order(LEGACY_PAID_ORDER);
        assertThat(order.getString("data.status")).isEqualTo("payment_confirmed");
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (Map<String, Object> line : order.<Map<String, Object>>getList("data.products")) {
            @SuppressWarnings("unchecked")
            String product = (String) ((Map<String, Object>) line.get("productId")).get("_id");
            quantities.merge(product, (Integer) line.get("quantity"), Integer::sum);
        }
        assertThat(quantities.values()).containsExactly(4, 3);
        Map<String, Integer> before = new LinkedHashMap<>();
        quantities.keySet().forEach(product -> before.put(product, admin.stockOf(product)));

        Json.ok(admin.changeStatus(LEGACY_PAID_ORDER, "cancelled", "Out of delivery area"), 200);
        Json.problem(admin.changeStatus(LEGACY_PAID_ORDER, "cancelled", ""), 409);

        quantities.forEach((product, quantity) -> assertThat(admin.stockOf(product)).as("stock of %s", product)
                .isEqualTo(before.get(product) + quantity));
    }

    @Test
    void shouldGiveStockBackOnceWhenTheCustomerAndTheAdminCancelAtOnce(AdminApi admin, ShopApi shop) {
        Catalogue.Listed chikki = Catalogue.list(admin, "Palli Chikki", "Savouries", "40.00", 10);
        Placed placed = order(shop, chikki, 6);
        assertThat(admin.stockOf(chikki.productId())).isEqualTo(4);

        List<Integer> statuses = Concurrently.run(() -> shop.deleteOrder(placed.customer(), placed.orderId())
                .statusCode(), () -> admin.changeStatus(placed.orderId(), "cancelled", "").statusCode());

        assertThat(statuses).contains(200);
        assertThat(admin.stockOf(chikki.productId())).isEqualTo(10);
        assertThat(admin.order(placed.orderId()).getString("data.status")).isEqualTo("cancelled");
    }

    @Test
    void shouldSellTheLastUnitsToOneOfThreeCustomersCheckingOutAtOnce(AdminApi admin, ShopApi shop) {
        Catalogue.Listed halwa = Catalogue.list(admin, "Kasi Halwa", "Festival Sweets", "130.00", 3);
        List<ShopApi.Customer> customers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ShopApi.Customer customer = shop.signUp(Names.email("last-units"), "Buyer " + i);
            shop.setQuantity(customer, shop.addToCart(customer, halwa.productId()).getString("data.items[0].id"), 2);
            customers.add(customer);
        }

        List<Integer> statuses = Concurrently.run(customers.stream().<Callable<Integer>>map(
                customer -> () -> shop.place(customer).statusCode()).toList());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409);
        assertThat(admin.stockOf(halwa.productId())).isEqualTo(1);
        assertThat(shop.product(halwa.productId()).get("stock")).isEqualTo(1);
    }

    /** A new customer buys {@code quantity} units (one "Add to Cart", then the stepper) and places the order. */
    private static Placed order(ShopApi shop, Catalogue.Listed product, int quantity) {
        ShopApi.Customer customer = shop.signUp(Names.email("stock-story"), "Ravi Teja");
        String line = shop.addToCart(customer, product.productId()).getString("data.items[0].id");
        if (quantity > 1) {
            shop.setQuantity(customer, line, quantity);
        }
        return new Placed(customer, shop.placeOrder(customer).getString("data.order.id"));
    }

    private record Placed(ShopApi.Customer customer, String orderId) {
    }
}
