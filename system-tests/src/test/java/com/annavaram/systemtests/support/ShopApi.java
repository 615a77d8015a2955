package com.annavaram.systemtests.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The storefront API as the shop's {@code fetch} helper calls it (contract/CLIENTS.md section 2): its origin,
 * {@code Accept: application/json}, a JSON content type only with a body, the bearer token on calls that need a login.
 * Sign-up reads the one-time password from the user-service's mail log.
 */
public final class ShopApi {

    public static final String ORIGIN = "http://127.0.0.1:5173";
    public static final String PASSWORD = "Prasadam#2026";

    private final String baseUrl;
    private final MailLog mails;

    public ShopApi(String baseUrl, MailLog mails) {
        this.baseUrl = baseUrl;
        this.mails = mails;
    }

    /** A logged-in shopper: what the storefront keeps in localStorage. */
    public record Customer(String email, String userId, String accessToken) {
    }

    /** S1 and S2: signs up, reads the code from the mail log, verifies the address; returns the session. */
    public Customer signUp(String email, String fullName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", fullName);
        body.put("email", email);
        body.put("password", PASSWORD);
        body.put("phone", "9848012345");
        Json.ok(json(body).post("/api/auth/signup"), 201);
        String code = mails.latestCode(email);
        return customer(Json.ok(json(Map.of("email", email, "otp", code)).post("/api/auth/verify-email"), 200));
    }

    /** S3 as sent; the caller asserts on the answer. */
    public Response login(String email, String password) {
        return json(Map.of("email", email, "password", password)).post("/api/auth/login");
    }

    public static Customer customer(JsonPath session) {
        return new Customer(session.getString("data.user.email"), session.getString("data.user.id"),
                session.getString("data.accessToken"));
    }

    /** S16 without a query: the products page. */
    public List<Map<String, Object>> products() {
        return Json.ok(request().get("/api/products"), 200).getList("data");
    }

    /** S16 with the category dropdown set; the name goes onto the path as the storefront puts it. */
    public List<Map<String, Object>> productsIn(String category) {
        return Json.ok(request().queryParam("category", category).get("/api/products"), 200).getList("data");
    }

    /** S17: the product page's {@code data}. */
    public Map<String, Object> product(String id) {
        return Json.ok(request().get("/api/products/{id}", id), 200).getMap("data");
    }

    /** S23: "Add to Cart" sends one unit. */
    public JsonPath addToCart(Customer customer, String productId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", productId);
        body.put("quantity", 1);
        return Json.ok(json(customer, body).post("/api/cart/items"), 200);
    }

    /** S24: the quantity stepper. */
    public JsonPath setQuantity(Customer customer, String itemId, int quantity) {
        return Json.ok(json(customer, Map.of("quantity", quantity)).patch("/api/cart/items/{id}", itemId), 200);
    }

    /** S22. */
    public JsonPath cart(Customer customer) {
        return Json.ok(authorized(customer).get("/api/cart"), 200);
    }

    /** S28: "Place order" with the checkout form's address; the lines come from the server-side cart. */
    public JsonPath placeOrder(Customer customer) {
        return Json.ok(place(customer), 201);
    }

    /** S28 as sent; the caller asserts on the answer. */
    public Response place(Customer customer) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("name", "Lakshmi Devi");
        address.put("phone", "9848012345");
        address.put("line1", "12 Temple Street");
        address.put("line2", "Near the ghat road");
        address.put("city", "Annavaram");
        address.put("state", "Andhra Pradesh");
        address.put("postalCode", "533406");
        address.put("country", "IN");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shippingAddress", address);
        body.put("notes", "Please ring twice");
        return json(customer, body).post("/api/orders");
    }

    /** S30: the profile page's orders. */
    public List<Map<String, Object>> orders(Customer customer) {
        return Json.ok(authorized(customer).get("/api/orders"), 200).getList("data");
    }

    /** S31 as sent; the caller asserts on the answer. */
    public Response deleteOrder(Customer customer, String orderId) {
        return authorized(customer).delete("/api/orders/{id}", orderId);
    }

    /** S19: "Write review". */
    public Map<String, Object> review(Customer customer, String productId, int rating, String title,
            String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", productId);
        body.put("rating", rating);
        body.put("title", title);
        body.put("comment", comment);
        return Json.ok(json(customer, body).post("/api/reviews"), 201).getMap("data");
    }

    /** S18: the product page's reviews ({@code data.reviews}, {@code data.stats}). */
    public JsonPath reviewsOf(String productId) {
        return Json.ok(request().queryParam("limit", 20).get("/api/reviews/products/{id}", productId), 200);
    }

    private RequestSpecification request() {
        return Http.to(baseUrl).header("Origin", ORIGIN).accept(ContentType.JSON);
    }

    private RequestSpecification authorized(Customer customer) {
        return request().header("Authorization", "Bearer " + customer.accessToken());
    }

    private RequestSpecification json(Object body) {
        return request().contentType(ContentType.JSON).body(body);
    }

    private RequestSpecification json(Customer customer, Object body) {
        return authorized(customer).contentType(ContentType.JSON).body(body);
    }
}
