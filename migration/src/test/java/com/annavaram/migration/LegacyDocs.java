package com.annavaram.migration;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;

/** Object mother for legacy documents in the shapes the two legacy back ends wrote (LEGACY-DATA.md section 1). */
final class LegacyDocs {

    static final Date DEFAULT_CREATED = new Date(1_760_000_000_000L);

    private LegacyDocs() {
    }

    static Document category(String name) {
        return new Document("_id", new ObjectId()).append("name", name).append("slug", name.toLowerCase().replaceAll(
                "[^a-z0-9]+", "-")).append("isActive", true).append("createdAt", DEFAULT_CREATED);
    }

    /** Mongoose AdminProduct: categoryId, totalStock, imageUrl, no slug, {@code __v}. */
    static Document adminProduct(String name, ObjectId categoryId, Object price, int stock) {
        return new Document("_id", new ObjectId()).append("name", name).append("categoryId", categoryId)
                .append("price", price).append("totalStock", stock).append("maxUnitsPerUser", 3)
                .append("isUnlimitedPurchase", false).append("imageUrl", "https://cdn.example.test/a/" + name
                        .hashCode() + ".jpg")
                .append("isActive", true).append("isDeleted", false).append("createdAt", DEFAULT_CREATED)
                .append("updatedAt", DEFAULT_CREATED).append("__v", 0);
    }

    /** Beanie Product: slug, category string, stock only, images array. */
    static Document storefrontProduct(String name, String slug, String category, double price, int stock) {
        return new Document("_id", new ObjectId()).append("name", name).append("slug", slug)
                .append("description", "Storefront copy of " + name).append("category", category)
                .append("price", price).append("currency", "INR").append("stock", stock)
                .append("images", List.of("https://cdn.example.test/u/" + slug + ".jpg")).append("isActive", true)
                .append("createdAt", DEFAULT_CREATED).append("updatedAt", DEFAULT_CREATED);
    }

    static Document user(String email) {
        return new Document("_id", new ObjectId()).append("fullName", email).append("email", email)
                .append("role", "customer").append("createdAt", DEFAULT_CREATED);
    }

    static Document address() {
        return new Document("name", "Customer").append("line1", "1 Main Road").append("city", "Kakinada")
                .append("state", "Andhra Pradesh").append("postalCode", "533001").append("country", "IN");
    }

    /** Mongoose Order: orderId, userId, embedded products. */
    static Document adminOrder(String orderId, ObjectId user, Document product, int quantity) {
        double price = ((Number) product.get("price")).doubleValue();
        Document line = new Document("productId", product.get("_id")).append("productName", product.get("name"))
                .append("quantity", quantity).append("unitPrice", price).append("subtotal", price * quantity)
                .append("_id", new ObjectId());
        return new Document("_id", new ObjectId()).append("orderId", orderId).append("userId", user)
                .append("products", List.of(line)).append("totalAmount", price * quantity).append("currency", "INR")
                .append("status", "delivered").append("statusHistory", List.of(new Document("status", "delivered")
                        .append("timestamp", DEFAULT_CREATED)))
                .append("shippingAddress", address()).append("createdAt", DEFAULT_CREATED).append("__v", 0);
    }

    /** Beanie Order: user only, empty products/items, no orderId; its lines go to order_items. */
    static Document storefrontOrder(ObjectId user, String status, double total) {
        return new Document("_id", new ObjectId()).append("user", user).append("products", new ArrayList<>())
                .append("items", new ArrayList<>()).append("totalAmount", total).append("currency", "INR")
                .append("status", status).append("statusHistory", new ArrayList<>())
                .append("shippingAddress", address()).append("createdAt", DEFAULT_CREATED);
    }

    static Document orderItem(ObjectId order, Document product, int quantity) {
        double price = ((Number) product.get("price")).doubleValue();
        return new Document("_id", new ObjectId()).append("order", order).append("product", product.get("_id"))
                .append("productName", product.get("name")).append("unitPrice", price).append("quantity", quantity)
                .append("subtotal", Math.round(price * quantity)).append("createdAt", DEFAULT_CREATED);
    }

    /** Beanie Review: user, product, comment. */
    static Document review(ObjectId user, ObjectId product, int rating, Date createdAt) {
        return new Document("_id", new ObjectId()).append("user", user).append("product", product)
                .append("rating", rating).append("title", "Title").append("comment", "Tasty").append("isApproved",
                        true)
                .append("isVerifiedPurchase", false).append("helpfulCount", 0).append("createdAt", createdAt);
    }
}
