package com.annavaram.user.payment;

import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;

/** One way of paying for an order: the status the order starts in and what the storefront needs to pay. */
public interface PaymentGateway {

    /** The name stored in {@code payments.gateway} and {@code orders.gateway}. */
    String name();

    /** The status a new order starts in. */
    OrderStatus initialStatus();

    /**
     * Starts paying for {@code order} (already stored): Razorpay creates its own order over its REST API.
     *
     * @throws GatewayException when the payment provider cannot be reached or refuses
     */
    Started start(Order order);

    /**
     * What starting gave: the provider's order id (kept as the order's {@code paymentIntentId}) and what Checkout
     * needs; both {@code null} when nothing is paid online.
     */
    record Started(String gatewayOrderId, RazorpayView razorpay) {

        public static final Started OFFLINE = new Started(null, null);
    }

    /** A payment provider that failed; the order is cancelled and the customer told to try again. */
    class GatewayException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public GatewayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
