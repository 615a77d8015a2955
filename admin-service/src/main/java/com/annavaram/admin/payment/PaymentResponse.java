package com.annavaram.admin.payment;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A payment as the admin sees it; the gateway's raw answers (signatures included) are not shown. */
record PaymentResponse(@JsonProperty("_id") String id, String order, String user, String gateway, BigDecimal amount,
        String currency, String status, String transactionId, String gatewayOrderId, Instant createdAt,
        Instant updatedAt) {
}
