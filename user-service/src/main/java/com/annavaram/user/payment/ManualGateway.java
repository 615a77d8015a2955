package com.annavaram.user.payment;

import jakarta.inject.Singleton;

import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;

/**
 * Cash on delivery, the default when no Razorpay keys are set: the order is created ({@code order_created}) and its
 * payment stays {@code initiated} until the admin confirms it.
 */
@Singleton
class ManualGateway implements PaymentGateway {

    static final String NAME = "manual";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OrderStatus initialStatus() {
        return OrderStatus.ORDER_CREATED;
    }

    @Override
    public Started start(Order order) {
        return Started.OFFLINE;
    }
}
