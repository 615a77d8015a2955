package com.annavaram.model.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OrderIdsTest {

    @Test
    void shouldFormatOrderIdWithUtcDayAndSixCharacters() {
        OrderIds ids = new OrderIds(Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneOffset.UTC));

        String id = ids.next();

        assertThat(id).startsWith("ORD-20261122-").hasSize(19);
        assertThat(OrderIds.isValid(id)).isTrue();
    }

    @Test
    void shouldNotRepeatWithinManyOrdersOfOneDay() {
        OrderIds ids = new OrderIds();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            seen.add(ids.next());
        }
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void shouldRejectMalformedOrderIds() {
        assertThat(OrderIds.isValid("ORD-20261122-7K3QX2")).isTrue();
        assertThat(OrderIds.isValid("ORD-20261122-7K3QXI")).isFalse();
        assertThat(OrderIds.isValid(null)).isFalse();
    }
}
