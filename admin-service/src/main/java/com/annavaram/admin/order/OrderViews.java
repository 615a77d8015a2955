package com.annavaram.admin.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.annavaram.admin.product.ProductRef;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The order shapes the panel reads: rows of A15, the detail of A17. */
final class OrderViews {

    private OrderViews() {
    }

    /** A line of a list row: the product as its id. */
    record LineRow(String productId, String productName, Integer quantity, BigDecimal unitPrice, BigDecimal subtotal,
            String imageUrl) {
    }

    /**
     * An A15 row. {@code userId} is always a string and {@code products} always an array: the panel calls
     * {@code .slice} and {@code .map} on them.
     */
    record Row(@JsonProperty("_id") String id, String orderId, String userId, List<LineRow> products,
            BigDecimal totalAmount, String currency, String status, String paymentIntentId, String gateway,
            String notes, Address shippingAddress, Instant createdAt, Instant updatedAt) {
    }

    /** A line of the detail: the product populated as {@code {_id, name, imageUrl}}, or {@code null}. */
    record LineDetail(ProductRef productId, String productName, Integer quantity, BigDecimal unitPrice,
            BigDecimal subtotal) {
    }

    /** A status change; {@code updatedBy} is the acting admin as {@code {_id, email}}, or {@code null}. */
    record StatusChange(String status, Instant timestamp, String notes, String actor, AdminRef updatedBy) {
    }

    record AdminRef(@JsonProperty("_id") String id, String email) {
    }

    record CustomerRef(@JsonProperty("_id") String id, String fullName, String email, String phone) {
    }

    record Address(String name, String phone, String line1, String line2, String city, String state,
            String postalCode, String country) {
    }

    /** The A17 detail. */
    record Detail(@JsonProperty("_id") String id, String orderId, String userId, CustomerRef customer,
            List<LineDetail> products, BigDecimal totalAmount, String currency, String status,
            List<StatusChange> statusHistory, List<String> allowedNext, Address shippingAddress,
            String paymentIntentId, String gateway, String notes, Boolean stockReleased, Instant createdAt,
            Instant updatedAt) {
    }
}
