package com.annavaram.model.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The status machine: whatever transitions are attempted, through the transition table only, the order never leaves
 * the stored vocabulary, never moves back, stays in a terminal state once there, and gives its stock back at most once.
 */
class OrderStatusPropertiesTest {

    private static final Set<OrderStatus> TERMINAL = EnumSet.of(OrderStatus.DELIVERED, OrderStatus.CANCELLED);

    @Property(tries = 1000)
    void noSequenceOfAttemptsLeavesTheMachine(@ForAll("starts") OrderStatus start,
            @ForAll("attempts") List<OrderStatus> attempts) {
        int ordered = 3;
        int initialStock = 10;
        int stock = initialStock - ordered;
        int givenBack = 0;
        OrderStatus current = start;
        for (OrderStatus target : attempts) {
            OrderStatus before = current;
            if (current.canMoveTo(target)) {
                current = target;
                if (before.holdsStock() && !current.holdsStock()) {
                    stock += ordered;
                    givenBack++;
                }
            }
            assertThat(OrderStatus.ofStored(current.stored())).contains(current);
            if (TERMINAL.contains(before)) {
                assertThat(current).as("%s is terminal", before).isEqualTo(before);
            }
            if (current == OrderStatus.CANCELLED && before != OrderStatus.CANCELLED) {
                assertThat(before.isCancellable()).as("cancelled from %s", before).isTrue();
            } else {
                assertThat(current.ordinal()).as("moved back from %s", before).isGreaterThanOrEqualTo(before.ordinal());
            }
        }
        assertThat(givenBack).isLessThanOrEqualTo(1);
        assertThat(stock).isEqualTo(current == OrderStatus.CANCELLED ? initialStock : initialStock - ordered);
    }

    @Property(tries = 200)
    void everyStoredOrLegacyValueReadsAsAStatusOfTheMachine(@ForAll("values") String value) {
        OrderStatus.lenient(value).ifPresent(status -> assertThat(OrderStatus.ofStored(status.stored()))
                .contains(status));
    }

    @Provide
    Arbitrary<OrderStatus> starts() {
        // any status that still holds the order's stock
        return Arbitraries.of(OrderStatus.class).filter(OrderStatus::holdsStock);
    }

    @Provide
    Arbitrary<List<OrderStatus>> attempts() {
        return Arbitraries.of(OrderStatus.class).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.of(OrderStatus.class).map(OrderStatus::stored),
                Arbitraries.of("pending", "paid", "processing", "shipped", "PAID", " Shipped ", "refunded", ""),
                Arbitraries.strings().alpha().ofMaxLength(12));
    }
}
