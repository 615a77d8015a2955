package com.annavaram.user.order;

import com.annavaram.model.bson.Money;
import com.annavaram.model.order.OrderStatus;

/** The storefront's words for stored order values. */
public final class OrderWords {

    private OrderWords() {
    }

    /** The storefront's word; an unknown legacy value is shown as it is. */
    public static String storefront(String status) {
        return OrderStatus.lenient(status).map(OrderStatus::storefront).orElse(status);
    }

    public static String stored(String status) {
        return OrderStatus.lenient(status).map(OrderStatus::stored).orElse(status);
    }

    /** The storefront formats with {@code Intl}, which throws on anything but an ISO code. */
    public static String currency(String currency) {
        return currency == null || !currency.matches("[A-Z]{3}") ? Money.CURRENCY : currency;
    }

    /** What the customer may cancel: orders not yet paid online or confirmed. */
    public static boolean cancellable(String status) {
        return OrderStatus.lenient(status)
                .filter(s -> s == OrderStatus.PENDING_PAYMENT || s == OrderStatus.ORDER_CREATED).isPresent();
    }
}
