package com.annavaram.user.support;

import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.ObjectId;

import io.quarkus.mailer.MockMailbox;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Drives the shopping endpoints as the storefront does: customers, cart, checkout. */
public final class Shop {

    private final AuthClient auth;

    public Shop(MockMailbox mailbox) {
        this.auth = new AuthClient(mailbox);
    }

    /** A new verified customer with a live session. */
    public AuthClient.Session customer(String prefix) {
        return auth.signedUp(Accounts.uniqueEmail(prefix));
    }

    public static Response cart(AuthClient.Session session) {
        return Storefront.authorized(session).get("/api/cart");
    }

    public static Response add(AuthClient.Session session, Object productId, Object quantity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", productId);
        body.put("quantity", quantity);
        return Storefront.authorized(session).contentType("application/json").body(body).post("/api/cart/items");
    }

    /** Adds and expects success. */
    public static ValidatableResponse added(AuthClient.Session session, ObjectId productId, int quantity) {
        return add(session, productId.toHexString(), quantity).then().statusCode(200).body("success", equalTo(true));
    }

    public static Response place(AuthClient.Session session) {
        return place(session, null);
    }

    public static Response place(AuthClient.Session session, String idempotencyKey) {
        var request = Storefront.authorized(session).contentType("application/json").body(checkout());
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/orders");
    }

    /** What the checkout page sends (S28). */
    public static Map<String, Object> checkout() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("name", Accounts.DEFAULT_NAME);
        address.put("phone", Accounts.DEFAULT_PHONE);
        address.put("line1", "12 Temple Street");
        address.put("line2", "Near the ghat road");
        address.put("city", "Annavaram");
        address.put("state", "Andhra Pradesh");
        address.put("postalCode", "533406");
        address.put("country", "IN");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shippingAddress", address);
        body.put("notes", "Please ring twice");
        return body;
    }

    /**
     * A complete order written raw, as the admin or an earlier checkout left it: every pair equal, one line.
     */
    public static Document rawOrder(ObjectId user, ObjectId product, int quantity, String status) {
        Document line = new Document("productId", product).append("product", product)
                .append("productName", "Earlier order").append("quantity", quantity).append("unitPrice", 10.0)
                .append("subtotal", 10.0 * quantity);
        return new Document("_id", new ObjectId()).append("orderId", "ORD-20250101-" + suffix())
                .append("userId", user).append("user", user).append("products", List.of(line))
                .append("items", List.of(line)).append("totalAmount", 10.0 * quantity).append("currency", "INR")
                .append("status", status).append("statusHistory", List.of());
    }

    private static String suffix() {
        String hex = new ObjectId().toHexString().toUpperCase();
        return hex.substring(hex.length() - 6).replace('I', 'J').replace('L', 'M').replace('O', 'P').replace('U',
                'V');
    }
}
