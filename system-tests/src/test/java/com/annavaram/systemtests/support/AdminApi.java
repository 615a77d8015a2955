package com.annavaram.systemtests.support;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The admin API as the admin panel (axios) calls it (contract/CLIENTS.md section 1): its origin, a JSON content type
 * only with a body, {@code Authorization: Bearer <adminToken>} on every call but the login, no cookies.
 */
public final class AdminApi {

    public static final String ORIGIN = "http://127.0.0.1:5174";
    /** What axios accepts by default. */
    private static final String AXIOS_ACCEPT = "application/json, text/plain, */*";

    private final String baseUrl;
    private final String token;

    private AdminApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** A1 as sent; the caller asserts on the answer. */
    public static Response login(String baseUrl, String email, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        return Http.to(baseUrl).header("Origin", ORIGIN).accept(AXIOS_ACCEPT).contentType(ContentType.JSON)
                .body(body).post("/api/auth/login");
    }

    /** Logs in (A1) and keeps {@code data.token} as the panel keeps {@code adminToken}. */
    public static AdminApi loggedIn(String baseUrl, String email, String password) {
        JsonPath reply = Json.ok(login(baseUrl, email, password), 200);
        return new AdminApi(baseUrl, reply.getString("data.token"));
    }

    /** A5; returns the created category. */
    public Map<String, Object> createCategory(String name) {
        return Json.ok(json(Map.of("name", name)).post("/api/categories"), 201).getMap("data");
    }

    /** A6 with the panel's body: the new name only. */
    public Map<String, Object> renameCategory(String id, String name) {
        return Json.ok(json(Map.of("name", name)).put("/api/categories/{id}", id), 200).getMap("data");
    }

    /** A4: every category. */
    public List<Map<String, Object>> categories() {
        return Json.ok(request().get("/api/categories"), 200).getList("data");
    }

    /** A11 with the panel's form: a limited purchase of at most {@code maxUnitsPerUser}, shown when stocked. */
    public Map<String, Object> createProduct(String name, String categoryId, BigDecimal price, int totalStock,
            String imageUrl) {
        return Json.ok(json(productForm(name, categoryId, price, totalStock, imageUrl)).post("/api/products"), 201)
                .getMap("data");
    }

    /** A12: the edit form sends the whole form again. */
    public Map<String, Object> editProduct(String id, String name, String categoryId, BigDecimal price,
            int totalStock, String imageUrl) {
        return Json.ok(json(productForm(name, categoryId, price, totalStock, imageUrl)).put("/api/products/{id}",
                id), 200).getMap("data");
    }

    private static Map<String, Object> productForm(String name, String categoryId, BigDecimal price, int totalStock,
            String imageUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("categoryId", categoryId);
        body.put("price", price);
        body.put("totalStock", totalStock);
        body.put("isUnlimitedPurchase", false);
        body.put("maxUnitsPerUser", 10);
        body.put("imageUrl", imageUrl);
        body.put("isActive", true);
        return body;
    }

    /** A9: the products page, which sends no query at all. */
    public List<Map<String, Object>> products() {
        return Json.ok(request().get("/api/products"), 200).getList("data");
    }

    /** The A9 row of one product, or {@code null} when the page does not list it. */
    public Map<String, Object> product(String id) {
        return Json.find(products(), "_id", id);
    }

    /** The stock the products page shows ({@code totalStock}). */
    public int stockOf(String productId) {
        Map<String, Object> row = product(productId);
        if (row == null) {
            throw new AssertionError("the admin products page does not list " + productId);
        }
        return ((Number) row.get("totalStock")).intValue();
    }

    /** A15 without filters: the orders page as it first loads. */
    public List<Map<String, Object>> orders() {
        return Json.ok(request().get("/api/orders"), 200).getList("data");
    }

    /** A15 with the page's filters set ({@code status}, {@code startDate}, {@code endDate} as YYYY-MM-DD). */
    public List<Map<String, Object>> orders(Map<String, String> filters) {
        return Json.ok(request().queryParams(filters).get("/api/orders"), 200).getList("data");
    }

    /** A17. */
    public JsonPath order(String id) {
        return Json.ok(request().get("/api/orders/{id}", id), 200);
    }

    /** A18 as sent; the caller asserts on the answer. */
    public Response changeStatus(String orderId, String status, String notes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("notes", notes);
        return json(body).patch("/api/orders/{id}/status", orderId);
    }

    /** A2. */
    public JsonPath orderStats() {
        return Json.ok(request().get("/api/orders/stats"), 200);
    }

    /** A20: the reviews page filtered by a product; {@code data} is an array. */
    public List<Map<String, Object>> reviewsOf(String productId) {
        return Json.ok(request().get("/api/reviews/product/{id}", productId), 200).getList("data");
    }

    /** Moderation: show a review to shoppers again, or hide it. */
    public Map<String, Object> approve(String reviewId, boolean approved) {
        return Json.ok(json(Map.of("isApproved", approved)).patch("/api/reviews/{id}/approval", reviewId), 200)
                .getMap("data");
    }

    /** A22: the edit form sends the rating and the text as {@code comment}. */
    public Map<String, Object> editReview(String reviewId, int rating, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rating", rating);
        body.put("comment", comment);
        return Json.ok(json(body).put("/api/reviews/{id}", reviewId), 200).getMap("data");
    }

    /** A23: the soft delete. */
    public void deleteReview(String reviewId) {
        Json.ok(request().delete("/api/reviews/{id}", reviewId), 200);
    }

    private RequestSpecification request() {
        return Http.to(baseUrl).header("Origin", ORIGIN).accept(AXIOS_ACCEPT).header("Authorization",
                "Bearer " + token);
    }

    private RequestSpecification json(Object body) {
        return request().contentType(ContentType.JSON).body(body);
    }
}
