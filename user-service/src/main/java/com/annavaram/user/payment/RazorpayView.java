package com.annavaram.user.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.annavaram.model.bson.Money;

/**
 * What Razorpay Checkout needs (S28): the Razorpay order id, the amount in paise (the only amount not in rupees), the
 * currency, the public key id and the texts of the dialog.
 */
public record RazorpayView(String orderId, long amount, String currency, String keyId, String name,
        String description) {

    /** Rupees to paise, the unit of every Razorpay amount. */
    public static long paise(BigDecimal rupees) {
        return Money.normalise(rupees).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static String description(String orderNumber) {
        return "Order " + orderNumber;
    }
}
