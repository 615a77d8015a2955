package com.annavaram.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.annavaram.systemtests.support.AdminApi;
import com.annavaram.systemtests.support.Json;
import com.annavaram.systemtests.support.ShopApi;
import com.annavaram.systemtests.support.SystemTest;
import com.annavaram.systemtests.support.SystemUnderTest;
import com.annavaram.testsupport.LegacyFixtures;

import io.restassured.path.json.JsonPath;

/** Story 6: the people of the legacy data set log in after the migration with their old passwords. */
@SystemTest
class LegacyLoginStoryIT {

    /** A verified legacy customer of the fixture set (users.json). */
    private static final String CUSTOMER_ID = "81af1c34a2572445b09c5307";
    private static final String CUSTOMER_EMAIL = "customer0@example.test";
    /** The one legacy customer who never verified the address. */
    private static final String UNVERIFIED_EMAIL = "customer3@example.test";
    private static final String ADMIN_ID = "82bdfa9064fbac0b7dd209d8";
    /**
     * A legacy customer whose active cart holds 3 units of a storefront-only product and 1 unit of a storefront
     * duplicate the migration merged into its admin twin (cart_items.json, EXPECTED.json).
     */
    private static final String CART_OWNER_ID = "d329437202964b6aa9bfe057";
    private static final String CART_OWNER_EMAIL = "customer5@example.test";
    private static final String DROPPED_DUPLICATE = "e21fa92fb5b44e439321ee9c";

    @Test
    void shouldLogTheLegacyCustomerInAndShowTheirMigratedOrders(ShopApi shop) {
        JsonPath session = Json.ok(shop.login(CUSTOMER_EMAIL, SystemUnderTest.LEGACY_CUSTOMER_PASSWORD), 200);

        ShopApi.Customer customer = ShopApi.customer(session);
        assertThat(customer.userId()).isEqualTo(CUSTOMER_ID);
        assertThat(session.getString("data.user.role")).isEqualTo("customer");
        List<Map<String, Object>> orders = shop.orders(customer);
        assertThat(orders).hasSize(legacyOrdersOf(CUSTOMER_ID));
        assertThat(orders).allSatisfy(order -> {
            assertThat(order.get("currency")).isEqualTo("INR");
            assertThat((List<?>) order.get("items")).isNotEmpty();
        });
    }

    @Test
    void shouldLetALegacyCustomerCheckOutTheCartTheyLeftBeforeTheMigration(ShopApi shop, AdminApi admin) {
        ShopApi.Customer customer = ShopApi.customer(Json.ok(shop.login(CART_OWNER_EMAIL,
                SystemUnderTest.LEGACY_CUSTOMER_PASSWORD), 200));
        List<Map<String, Object>> lines = shop.cart(customer).getList("data.items");
        assertThat(lines).extracting(line -> line.get("quantity")).containsExactlyInAnyOrder(3, 1);
        assertThat(lines).extracting(line -> line.get("productId")).doesNotContain(DROPPED_DUPLICATE);
        Map<String, Integer> stockBefore = new LinkedHashMap<>();
        lines.forEach(line -> stockBefore.put((String) line.get("productId"), admin.stockOf((String) line.get(
                "productId"))));
        Map<String, Object> overLimit = Json.find(lines, "quantity", 3);

        // The storefront-only product carries the legacy default limit of one unit per customer.
        assertThat(Json.problem(shop.place(customer), 409).getString("detail")).contains("at most 1 units");
        stockBefore.forEach((product, stock) -> assertThat(admin.stockOf(product)).isEqualTo(stock));
        shop.setQuantity(customer, (String) overLimit.get("id"), 1);
        String orderId = shop.placeOrder(customer).getString("data.order.id");

        stockBefore.forEach((product, stock) -> assertThat(admin.stockOf(product)).as("stock of %s", product)
                .isEqualTo(stock - 1));
        Map<String, Object> row = Json.find(admin.orders(), "_id", orderId);
        assertThat(row.get("userId")).isEqualTo(CART_OWNER_ID);
        assertThat(((List<?>) row.get("products"))).hasSize(2);
    }

    @Test
    void shouldStillRefuseTheLegacyCustomerWhoNeverVerifiedTheirAddress(ShopApi shop) {
        Json.problem(shop.login(UNVERIFIED_EMAIL, SystemUnderTest.LEGACY_CUSTOMER_PASSWORD), 403);
        Json.problem(shop.login(CUSTOMER_EMAIL, "demo-passwort"), 401);
    }

    @Test
    void shouldLogTheLegacyAdminInWithTheLegacyPassword(SystemUnderTest system) {
        JsonPath login = Json.ok(AdminApi.login(system.adminUrl(), SystemUnderTest.LEGACY_ADMIN_EMAIL,
                SystemUnderTest.LEGACY_ADMIN_PASSWORD), 200);

        assertThat(login.getString("data.token")).isNotBlank();
        assertThat(login.getString("data.admin.id")).isEqualTo(ADMIN_ID);
        assertThat(login.getString("data.admin.email")).isEqualTo(SystemUnderTest.LEGACY_ADMIN_EMAIL);
        assertThat(login.getString("data.admin.role")).isEqualTo("super_admin");
        assertThat(system.admin().orderStats().getInt("data.totalOrders")).isPositive();
    }

    /** The orders of the fixture set that belong to {@code userId}, under either legacy name. */
    private static int legacyOrdersOf(String userId) {
        List<Document> orders = LegacyFixtures.read().get("orders");
        return (int) orders.stream().filter(order -> userId.equals(hex(order.get("userId"))) || userId.equals(hex(
                order.get("user")))).count();
    }

    private static String hex(Object id) {
        return id instanceof org.bson.types.ObjectId objectId ? objectId.toHexString() : String.valueOf(id);
    }
}
