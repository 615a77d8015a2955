package com.annavaram.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScenarioCatalogTest {

    @Test
    void shouldExpandAllAndAdminListInRunOrder() {
        assertThat(ScenarioCatalog.resolve(List.of("all"))).isEqualTo(ScenarioCatalog.ALL);
        assertThat(ScenarioCatalog.resolve(List.of("admin-list", "detail"))).containsExactly("detail",
                "admin-orders", "admin-products");
    }

    @Test
    void shouldRejectUnknownScenario() {
        assertThatThrownBy(() -> ScenarioCatalog.resolve(List.of("lists"))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("unknown scenario lists");
    }

    @Test
    void shouldCountDriverTwinsAsRuns() {
        assertThat(ScenarioCatalog.measuredRuns(List.of("all"))).isEqualTo(14);
        assertThat(ScenarioCatalog.measuredRuns(List.of("cart", "detail"))).isEqualTo(3);
    }

    @Test
    void shouldGiveEachVirtualUserItsOwnCustomers() {
        Set<Integer> seen = new HashSet<>();
        for (int user = 0; user < 16; user++) {
            Customers customers = new Customers(user, 16, 200);
            Set<Integer> mine = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                mine.add(customers.next());
            }
            assertThat(seen).doesNotContainAnyElementsOf(mine);
            seen.addAll(mine);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void shouldShareCustomersWhenThereAreMoreVirtualUsersThanCustomers() {
        assertThat(new Customers(25, 64, 20).next()).isEqualTo(5);
    }
}
