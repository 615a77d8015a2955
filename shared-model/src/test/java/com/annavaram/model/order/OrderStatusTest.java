package com.annavaram.model.order;

import static com.annavaram.model.order.OrderStatus.CANCELLED;
import static com.annavaram.model.order.OrderStatus.DELIVERED;
import static com.annavaram.model.order.OrderStatus.DISPATCHED;
import static com.annavaram.model.order.OrderStatus.ORDER_CREATED;
import static com.annavaram.model.order.OrderStatus.OUT_FOR_DELIVERY;
import static com.annavaram.model.order.OrderStatus.PAYMENT_CONFIRMED;
import static com.annavaram.model.order.OrderStatus.PENDING_PAYMENT;
import static com.annavaram.model.order.OrderStatus.REACHED_CITY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OrderStatusTest {

    /** The whole transition table, written out by hand: every pair not listed here must be refused. */
    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(
            PENDING_PAYMENT, EnumSet.of(ORDER_CREATED, PAYMENT_CONFIRMED, DISPATCHED, REACHED_CITY, OUT_FOR_DELIVERY,
                    DELIVERED, CANCELLED),
            ORDER_CREATED, EnumSet.of(PAYMENT_CONFIRMED, DISPATCHED, REACHED_CITY, OUT_FOR_DELIVERY, DELIVERED,
                    CANCELLED),
            PAYMENT_CONFIRMED, EnumSet.of(DISPATCHED, REACHED_CITY, OUT_FOR_DELIVERY, DELIVERED, CANCELLED),
            DISPATCHED, EnumSet.of(REACHED_CITY, OUT_FOR_DELIVERY, DELIVERED),
            REACHED_CITY, EnumSet.of(OUT_FOR_DELIVERY, DELIVERED),
            OUT_FOR_DELIVERY, EnumSet.of(DELIVERED),
            DELIVERED, EnumSet.noneOf(OrderStatus.class),
            CANCELLED, EnumSet.noneOf(OrderStatus.class));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void shouldAllowOnlyForwardMovesAndCancelBeforeDispatch(OrderStatus from, OrderStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"pending,order_created", "paid,payment_confirmed", "processing,order_created",
            "shipped,dispatched", "PAID,payment_confirmed", "order_created,order_created", "delivered,delivered"})
    void shouldReadLegacyAndStoredValues(String value, String stored) {
        assertThat(OrderStatus.lenient(value)).map(OrderStatus::stored).contains(stored);
    }

    @Test
    void shouldNotReadUnknownValues() {
        assertThat(OrderStatus.lenient("on_hold")).isEmpty();
        assertThat(OrderStatus.lenient(null)).isEmpty();
        assertThat(OrderStatus.ofStored("paid")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"pending_payment,pending_payment", "order_created,processing", "payment_confirmed,paid",
            "dispatched,shipped", "reached_city,shipped", "out_for_delivery,shipped", "delivered,delivered",
            "cancelled,cancelled"})
    void shouldShowStorefrontWords(String stored, String storefront) {
        assertThat(OrderStatus.ofStored(stored).orElseThrow().storefront()).isEqualTo(storefront);
    }

    @Test
    void shouldCountOnlyPaidAndLaterNonCancelledOrdersAsPurchases() {
        assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::isPaidOrLater))
                .containsExactly(PAYMENT_CONFIRMED, DISPATCHED, REACHED_CITY, OUT_FOR_DELIVERY, DELIVERED);
    }
}
