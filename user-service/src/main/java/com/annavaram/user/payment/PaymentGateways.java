package com.annavaram.user.payment;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.annavaram.model.bson.Money;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;

/** Picks the gateway new orders use: Razorpay when its keys are set, the manual one otherwise. */
@Singleton
public class PaymentGateways {

    private static final Logger LOG = Logger.getLogger(PaymentGateways.class);

    private final PaymentGateway active;
    private final PaymentConfig config;

    PaymentGateways(PaymentConfig config, ManualGateway manual, RazorpayGateway razorpay) {
        this.config = config;
        this.active = config.razorpay().enabled() ? razorpay : manual;
        LOG.infof("payments: %s gateway", active.name());
    }

    public PaymentGateway active() {
        return active;
    }

    /**
     * What Checkout needs to pay an order that is still waiting for its Razorpay payment (for a replayed placement);
     * {@code null} for anything else.
     */
    public RazorpayView checkout(Order order) {
        if (!RazorpayGateway.NAME.equals(order.getGateway()) || order.getPaymentIntentId() == null
                || !config.razorpay().enabled()
                || OrderStatus.lenient(order.getStatus()).orElse(null) != OrderStatus.PENDING_PAYMENT) {
            return null;
        }
        return new RazorpayView(order.getPaymentIntentId(), RazorpayView.paise(order.getTotalAmount()), Money.CURRENCY,
                config.razorpay().keyId().orElseThrow(), config.razorpay().checkoutName(),
                RazorpayView.description(order.getOrderId()));
    }
}
