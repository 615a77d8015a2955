package com.annavaram.user.order;

import java.util.List;

import com.annavaram.user.payment.PaymentView;
import com.annavaram.user.payment.RazorpayView;

/**
 * The answer to placing an order (S28): the order, its lines again as {@code items}, the payment, and what Razorpay
 * Checkout needs, {@code null} for cash on delivery (the storefront then goes straight to the success page).
 */
public record PlacedOrder(OrderView order, List<OrderView.Line> items, PaymentView payment, RazorpayView razorpay) {
}
