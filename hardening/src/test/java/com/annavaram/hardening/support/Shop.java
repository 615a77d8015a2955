package com.annavaram.hardening.support;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.ne;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import com.annavaram.model.CollectionNames;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a shopper does over HTTP, and the products on sale to do it with. */
public final class Shop {

    private final HardeningPlatform.Stage stage;

    public Shop(HardeningPlatform.Stage stage) {
        this.stage = stage;
    }

    /** Ids of active, limited-purchase-free products with at least {@code minStock} units, most stocked first. */
    public List<String> productsOnSale(int count, int minStock) {
        List<String> ids = new ArrayList<>();
        for (Document product : stage.db().getCollection(CollectionNames.PRODUCTS).find(and(eq("isActive", true),
                ne("isDeleted", true), gte("stock", minStock))).sort(new Document("stock", -1)).limit(count)) {
            ids.add(product.getObjectId("_id").toHexString());
        }
        return ids;
    }

    /**
     * Sets a product's stock and lifts its per-customer limit through the admin API (audited admin writes), so a
     * long run is not all "you can buy at most N units".
     */
    public void restock(String adminToken, String productId, int units) {
        Reply reply = stage.admin().patch("/api/products/" + productId + "/stock").bearer(adminToken).json(Json
                .object().put("stock", units)).send();
        Accounts.require(reply, 200, "restock " + productId);
        Reply unlimited = stage.admin().patch("/api/products/" + productId).bearer(adminToken).json(Json.object()
                .put("isUnlimitedPurchase", true)).send();
        Accounts.require(unlimited, 200, "unlimited purchase " + productId);
    }

    public Reply addToCart(String token, String productId, int quantity) {
        return stage.store().post("/api/cart/items").bearer(token).json(Json.object().put("productId", productId)
                .put("quantity", quantity)).send();
    }

    public Reply placeOrder(String token, String idempotencyKey) {
        Http.Call call = stage.store().post("/api/orders").bearer(token).json(Json.object().<ObjectNode>set(
                "shippingAddress", address()).put("notes", "hardening"));
        if (idempotencyKey != null) {
            call.header("Idempotency-Key", idempotencyKey);
        }
        return call.send();
    }

    /** Places an order of {@code quantity} units of one product and returns the order's id. */
    public String order(String token, String productId, int quantity) {
        Accounts.require(addToCart(token, productId, quantity), 200, "add to cart");
        Reply placed = placeOrder(token, null);
        Accounts.require(placed, 201, "place order");
        return placed.data().path("order").path("id").asText();
    }

    public String addAddress(String token) {
        ObjectNode body = Json.object().put("label", "Home").put("contactName", "Hardening").put("phone",
                "9876543210").put("line1", "1 Temple Road").put("city", "Annavaram").put("state", "AP")
                .put("postalCode", "533406").put("country", "IN");
        Reply reply = stage.store().post("/api/auth/addresses").bearer(token).json(body).send();
        Accounts.require(reply, 201, "add address");
        var addresses = reply.data().path("addresses");
        return addresses.get(addresses.size() - 1).path("id").asText();
    }

    public String review(String token, String productId) {
        Reply reply = stage.store().post("/api/reviews").bearer(token).json(Json.object().put("productId",
                productId).put("rating", 4).put("title", "Good").put("comment", "Tasty and fresh sweets")).send();
        Accounts.require(reply, 201, "review");
        return reply.data().path("id").asText(reply.data().path("review").path("id").asText());
    }

    public static ObjectNode address() {
        return Json.object().put("name", "Hardening").put("phone", "9876543210").put("line1", "1 Temple Road")
                .put("city", "Annavaram").put("state", "AP").put("postalCode", "533406").put("country", "IN");
    }
}
