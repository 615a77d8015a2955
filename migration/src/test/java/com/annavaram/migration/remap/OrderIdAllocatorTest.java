package com.annavaram.migration.remap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.model.order.OrderIds;

class OrderIdAllocatorTest {

    private static final LocalDate DAY = LocalDate.of(2025, 10, 31);

    @Test
    void shouldDeriveTheSameValidNumberFromTheSameOrder() {
        ObjectId order = new ObjectId("66a47945569100a067ffec3c");

        String first = new OrderIdAllocator().allocate(order, DAY);
        String again = new OrderIdAllocator().allocate(order, DAY);

        assertThat(first).isEqualTo(again).startsWith("ORD-20251031-");
        assertThat(OrderIds.isValid(first)).isTrue();
    }

    @Test
    void shouldMoveToTheNextDerivationWhenTheNumberIsTaken() {
        ObjectId order = new ObjectId();
        OrderIdAllocator allocator = new OrderIdAllocator();
        String first = allocator.allocate(order, DAY);

        String second = allocator.allocate(order, DAY);

        assertThat(second).isNotEqualTo(first).startsWith("ORD-20251031-");
        assertThat(OrderIds.isValid(second)).isTrue();
    }
}
