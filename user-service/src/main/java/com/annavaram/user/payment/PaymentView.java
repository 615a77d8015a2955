package com.annavaram.user.payment;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A payment as the storefront reads it: the amount in rupees, the status shown title-cased. */
public record PaymentView(String id, @JsonProperty("_id") String mongoId, String order, String gateway,
        BigDecimal amount, String currency, String status, String transactionId, String gatewayOrderId,
        Instant createdAt, Instant updatedAt) {
}
