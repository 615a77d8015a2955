package com.annavaram.model.order;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one stored order vocabulary, its forward chain, the legacy values it reads and the words the storefront shows.
 */
public enum OrderStatus {

    PENDING_PAYMENT("pending_payment", "pending_payment"), ORDER_CREATED("order_created",
            "processing"), PAYMENT_CONFIRMED("payment_confirmed", "paid"), DISPATCHED("dispatched",
                    "shipped"), REACHED_CITY("reached_city", "shipped"), OUT_FOR_DELIVERY("out_for_delivery",
                            "shipped"), DELIVERED("delivered", "delivered"), CANCELLED("cancelled", "cancelled");

    /** What the legacy back ends stored that is not in the vocabulary any more, and how it reads now. */
    private static final Map<String, OrderStatus> LEGACY = Map.of("pending", ORDER_CREATED, "paid", PAYMENT_CONFIRMED,
            "processing", ORDER_CREATED, "shipped", DISPATCHED);

    private final String stored;
    private final String storefront;

    OrderStatus(String stored, String storefront) {
        this.stored = stored;
        this.storefront = storefront;
    }

    /** The value kept in the database and shown by the admin API. */
    public String stored() {
        return stored;
    }

    /** The word the storefront shows for this status. */
    public String storefront() {
        return storefront;
    }

    /** A stored or legacy value, case-insensitive; empty for anything else. */
    public static Optional<OrderStatus> lenient(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String key = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.stored.equals(key)).findFirst()
                .or(() -> Optional.ofNullable(LEGACY.get(key)));
    }

    /** A value from a request: only the stored vocabulary, exactly. */
    public static Optional<OrderStatus> ofStored(String value) {
        return Arrays.stream(values()).filter(s -> s.stored.equals(value)).findFirst();
    }

    /** Whether stock is still held by an order in this status (everything except cancelled). */
    public boolean holdsStock() {
        return this != CANCELLED;
    }

    /** Whether the order counts as paid for a verified purchase: payment confirmed or later, not cancelled. */
    public boolean isPaidOrLater() {
        return this != CANCELLED && ordinal() >= PAYMENT_CONFIRMED.ordinal();
    }

    /** Whether the order may still be cancelled: only before it is dispatched. */
    public boolean isCancellable() {
        return this == PENDING_PAYMENT || this == ORDER_CREATED || this == PAYMENT_CONFIRMED;
    }

    /** The statuses an order may move to from this one: any later step of the chain, or cancelled before dispatch. */
    public Set<OrderStatus> allowedNext() {
        if (this == DELIVERED || this == CANCELLED) {
            return EnumSet.noneOf(OrderStatus.class);
        }
        EnumSet<OrderStatus> next = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus candidate : values()) {
            if (candidate != CANCELLED && candidate.ordinal() > ordinal()) {
                next.add(candidate);
            }
        }
        if (isCancellable()) {
            next.add(CANCELLED);
        }
        return next;
    }

    public boolean canMoveTo(OrderStatus target) {
        return allowedNext().contains(target);
    }

    @Override
    public String toString() {
        return stored;
    }
}
