package com.annavaram.user.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the Razorpay success handler sends (S29): our order id, Razorpay's payment id and signature, and Razorpay's
 * order id. The raw {@code payload} the storefront also sends is not needed and not stored.
 */
public record VerifyRequest(
        @NotBlank(message = "orderId is required") @Size(max = 64, message = "orderId is too long") String orderId,
        @NotBlank(message = "paymentId is required") @Size(max = 64, message = "paymentId is too long") String paymentId,
        @NotBlank(message = "signature is required") @Size(max = 128, message = "signature is too long") String signature,
        @Size(max = 64, message = "razorpayOrderId is too long") String razorpayOrderId) {
}
