package com.annavaram.model.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OrderIdsTest {

    @Test
    void shouldFormatOrderIdWithUtcDayAndSixCharacters() {
        OrderIds ids = new OrderIds(Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneOffset.UTC),
                new Random(1));

        String id = ids.next();

        assertThat(id).startsWith("ORD-20261122-").hasSize(19);
        assertThat(OrderIds.isValid(id)).isTrue();
    }

    @Test
    void shouldUseEveryCharacterOfTheAlphabetAndNothingElse() {
        OrderIds ids = new OrderIds(Clock.systemUTC(), new Random(7));
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            ids.next().substring(13).chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).hasSize(32).doesNotContain('I', 'L', 'O', 'U');
    }

    @Test
    void shouldDrawNumbersFromTheRandomSource() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

        assertThat(new OrderIds(clock, new Random(3)).next()).isEqualTo(new OrderIds(clock, new Random(3)).next())
                .isNotEqualTo(new OrderIds(clock, new Random(4)).next());
    }

    @Test
    void shouldRejectMalformedOrderIds() {
        assertThat(OrderIds.isValid("ORD-20261122-7K3QX2")).isTrue();
        assertThat(OrderIds.isValid("ORD-20261122-7K3QXI")).isFalse();
        assertThat(OrderIds.isValid(null)).isFalse();
    }
}
