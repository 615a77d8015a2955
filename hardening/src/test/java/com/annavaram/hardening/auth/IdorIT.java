package com.annavaram.hardening.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.annavaram.hardening.support.Accounts;
import com.annavaram.hardening.support.Figures;
import com.annavaram.hardening.support.HardeningPlatform;
import com.annavaram.hardening.support.Json;
import com.annavaram.hardening.support.Reply;
import com.annavaram.hardening.support.Shop;
import com.annavaram.hardening.support.Snapshot;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Customer A against customer B's cart, orders, addresses, reviews and payments: every {@code /{id}} route of the
 * storefront's OpenAPI document is called by A with B's id (so a new route is covered automatically), and A's lists
 * never show B's things; nothing of B's changes. And a plain admin trying to manage admins.
 */
@ExtendWith(HardeningPlatform.class)
class IdorIT {

    private static final List<String> ATTEMPTS = new ArrayList<>();
    private static HardeningPlatform.Stage stage;
    private static Accounts.Customer alice;
    private static Accounts.Customer bob;
    private static Map<String, String> bobIds;

    @BeforeAll
    static void twoCustomers() {
        stage = HardeningPlatform.stage();
        Shop shop = new Shop(stage);
        alice = stage.accounts().signUp("alice");
        bob = stage.accounts().signUp("bob");
        List<String> products = shop.productsOnSale(2, 10);
        String order = shop.order(bob.accessToken(), products.get(0), 1);
        Reply cart = shop.addToCart(bob.accessToken(), products.get(1), 1);
        String item = cart.data().path("items").get(0).path("id").asText();
        String address = shop.addAddress(bob.accessToken());
        String review = shop.review(bob.accessToken(), products.get(0));
        assertThat(stage.store().post("/api/wishlist/toggle").bearer(bob.accessToken()).json(Json.object().put(
                "productId", products.get(1))).send().status()).isEqualTo(200);
        bobIds = Map.of("/api/orders/", order, "/api/cart/items/", item, "/api/auth/addresses/", address,
                "/api/reviews/", review);
    }

    @AfterAll
    static void figures() {
        Figures.report("IDOR", ATTEMPTS.size() + " cross-account attempts, all refused, nothing of the other account "
                + "changed or shown");
    }

    @Test
    void shouldRefuseEveryIdRouteWithAnotherCustomersId() {
        JsonNode document = stage.store().get("/q/openapi?format=json").send().json();
        Snapshot before = Snapshot.take(stage.db(), Map.of());
        List<String> wrong = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String prefix = bobIds.keySet().stream().filter(p -> path.getKey().startsWith(p)).findFirst()
                    .orElse(null);
            if (prefix == null || !path.getKey().contains("{")) {
                return;
            }
            String url = path.getKey().replaceAll("\\{[^}]+}", bobIds.get(prefix));
            Reply reply = stage.store().call(op.getKey().toUpperCase(Locale.ROOT), url).bearer(alice
                    .accessToken()).json(body(url)).send();
            ATTEMPTS.add(op.getKey() + " " + url);
            if (reply.status() != 403 && reply.status() != 404 || !reply.isProblem()) {
                wrong.add(op.getKey() + " " + url + " -> " + reply.status() + " " + reply.body());
            }
        }));

        assertThat(wrong).as("routes that served another customer's id").isEmpty();
        assertThat(ATTEMPTS).hasSizeGreaterThanOrEqualTo(8);
        assertThat(before.differences(Snapshot.take(stage.db(), Map.of()))).isEmpty();
    }

    @Test
    void shouldNeverListAnotherCustomersThings() {
        for (String list : List.of("/api/orders", "/api/cart", "/api/auth/addresses", "/api/reviews/my-reviews",
                "/api/payments", "/api/wishlist", "/api/auth/me")) {
            Reply reply = stage.store().get(list).bearer(alice.accessToken()).send();
            ATTEMPTS.add("GET " + list);
            assertThat(reply.status()).as(list).isEqualTo(200);
            for (String id : bobIds.values()) {
                assertThat(reply.body()).as(list + " shows " + id).doesNotContain(id);
            }
            assertThat(reply.body()).as(list).doesNotContain(bob.userId()).doesNotContain(bob.email());
        }
    }

    @Test
    void shouldNotPayForAnotherCustomersOrder() {
        Reply reply = stage.store().post("/api/payments/razorpay/verify").bearer(alice.accessToken()).json(Json
                .object().put("orderId", bobIds.get("/api/orders/")).put("paymentId", "pay_x").put("signature",
                        "sig")
                .put("razorpayOrderId", "order_x")).send();
        ATTEMPTS.add("verify another customer's payment");

        assertThat(reply.status()).isBetween(400, 499);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void shouldKeepAdminManagementToSuperAdmins() {
        String superToken = stage.accounts().superAdminToken();
        String email = "plain-admin-" + System.nanoTime() + "@hardening.test";
        String plainId = stage.accounts().createAdmin(superToken, email, "admin");
        String plain = stage.accounts().adminToken(email, Accounts.PASSWORD);
        String superId = stage.admin().get("/api/auth/profile").bearer(superToken).send().data().path("_id")
                .asText();
        Snapshot before = Snapshot.take(stage.db(), Map.of());

        List<Reply> replies = List.of(stage.admin().get("/api/admins").bearer(plain).send(), stage.admin().post(
                "/api/admins").bearer(plain).json(Json.object().put("email", "x" + email)
                        .put("password",
                                Accounts.PASSWORD)
                        .put("role", "super_admin"))
                .send(),
                stage.admin().patch("/api/admins/"
                        + superId).bearer(plain).json(Json.object().put("isActive", false)).send(),
                stage
                        .admin().patch("/api/admins/" + plainId).bearer(plain).json(Json.object()
                                .put("role", "super_admin"))
                        .send(),
                stage.admin().post(
                        "/api/admins/" + superId + "/reset-password").bearer(plain)
                        .json(Json.object().put("password", "Taken@over123"))
                        .send());

        for (Reply reply : replies) {
            ATTEMPTS.add("plain admin managing admins");
            assertThat(reply.status()).as(reply.body()).isEqualTo(403);
            assertThat(reply.isProblem()).isTrue();
        }
        assertThat(before.differences(Snapshot.take(stage.db(), Map.of()))).isEmpty();
    }

    private static Object body(String url) {
        if (url.startsWith("/api/cart/items/")) {
            return Json.object().put("quantity", 5);
        }
        if (url.startsWith("/api/auth/addresses/")) {
            return Json.object().put("line1", "Stolen").put("city", "X").put("state", "Y").put("postalCode", "533001");
        }
        if (url.startsWith("/api/reviews/")) {
            return Json.object().put("rating", 1).put("comment", "Taken over by someone else");
        }
        return Json.object();
    }
}
