package com.annavaram.admin.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.model.bson.Money;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;

import tools.jackson.databind.JsonNode;

/** A2 and A16, checked against figures computed from the raw orders. */
class OrderStatsIT extends ApiIntegration {

    private static final Set<OrderStatus> PAID = Set.of(OrderStatus.PAYMENT_CONFIRMED, OrderStatus.DISPATCHED,
            OrderStatus.REACHED_CITY, OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED);

    @Test
    void shouldCountEveryOrderAndEarnRevenueFromPaidOnes() {
        List<Document> orders = raw(Order.COLLECTION);
        BigDecimal revenue = BigDecimal.ZERO;
        long paid = 0;
        long created = 0;
        for (Document order : orders) {
            OrderStatus status = OrderStatus.lenient(order.getString(Order.STATUS)).orElseThrow();
            if (PAID.contains(status)) {
                paid++;
                revenue = revenue.add(Money.read(order.get(Order.TOTAL_AMOUNT)));
            }
            if (status == OrderStatus.ORDER_CREATED) {
                created++;
            }
        }

        JsonNode stats = api().get("/api/orders/stats", superAdmin()).expectOk().data();

        assertThat(stats.get("totalOrders").asLong()).isEqualTo(orders.size());
        assertThat(stats.get("totalRevenue").isNumber()).isTrue();
        assertThat(stats.get("totalRevenue").decimalValue()).isEqualByComparingTo(revenue);
        assertThat(stats.get("averageOrderValue").decimalValue())
                .isEqualByComparingTo(revenue.divide(BigDecimal.valueOf(paid), 2, RoundingMode.HALF_UP));
        assertThat(stats.get("ordersByStatus").get("order_created").asLong()).isEqualTo(created);
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(stats.get("ordersByStatus").has(status.stored())).as(status.stored()).isTrue();
        }
        assertThat(stats.get("statusBreakdown").get(0).has("_id")).isTrue();
    }
}
