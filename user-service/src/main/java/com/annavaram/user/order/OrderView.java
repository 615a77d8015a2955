package com.annavaram.user.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.annavaram.model.order.ShippingAddress;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An order as the storefront reads it (S28, S30): {@code status} in the storefront's words with the stored value in
 * {@code fulfillmentStatus}, {@code currency} always an ISO code, lines under {@code items} with both the legacy and
 * the new names of their fields, and {@code paymentIntentId} (the Razorpay order id) for "Make Payment".
 */
public record OrderView(String id, @JsonProperty("_id") String mongoId, String orderId, String status,
        String fulfillmentStatus, BigDecimal totalAmount, String currency, List<Line> items,
        ShippingAddress shippingAddress, String paymentIntentId, String gateway, String notes, boolean cancellable,
        List<Change> statusHistory, Instant createdAt, Instant updatedAt) {

    /** One line: {@code product}/{@code productId}, {@code productName}/{@code name}, {@code unitPrice}/{@code price}. */
    public record Line(String product, String productId, String productName, String name, int quantity,
            BigDecimal unitPrice, BigDecimal price, BigDecimal subtotal, String imageUrl) {
    }

    /** One step of the status history, in both vocabularies. */
    public record Change(String status, String fulfillmentStatus, Instant timestamp, String actor, String notes) {
    }
}
