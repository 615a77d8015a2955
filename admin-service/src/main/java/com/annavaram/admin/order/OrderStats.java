package com.annavaram.admin.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.annavaram.model.bson.Money;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;

/**
 * A2 and A16. Every order counts in {@code totalOrders} and {@code ordersByStatus}, storefront ones included (legacy
 * statuses counted under the status they read as). Revenue is the total of orders whose payment is confirmed or
 * later and that are not cancelled; {@code averageOrderValue} is that revenue per such order.
 */
@Component
class OrderStats {

    private final MongoTemplate mongo;

    OrderStats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Stats compute() {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        Arrays.stream(OrderStatus.values()).forEach(s -> {
            counts.put(s.stored(), 0L);
            amounts.put(s.stored(), BigDecimal.ZERO.setScale(Money.SCALE));
        });
        List<Document> groups = mongo.getCollection(Order.COLLECTION)
                .aggregate(List.of(Aggregates.group("$" + Order.STATUS, Accumulators.sum("count", 1),
                        Accumulators.sum("totalAmount", "$" + Order.TOTAL_AMOUNT))))
                .into(new ArrayList<>());
        for (Document group : groups) {
            Object raw = group.get("_id");
            String status = raw instanceof String s ? OrderStatus.lenient(s).map(OrderStatus::stored).orElse(s) : "";
            long count = ((Number) group.get("count")).longValue();
            BigDecimal amount = group.get("totalAmount") == null
                    ? BigDecimal.ZERO
                    : Money.read(group.get("totalAmount"));
            counts.merge(status, count, Long::sum);
            amounts.merge(status, amount, BigDecimal::add);
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long paid = 0;
        BigDecimal revenue = BigDecimal.ZERO.setScale(Money.SCALE);
        List<StatusBucket> breakdown = new ArrayList<>();
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            BigDecimal amount = Money.normalise(amounts.get(entry.getKey()));
            if (OrderStatus.ofStored(entry.getKey()).map(OrderStatus::isPaidOrLater).orElse(false)) {
                paid += entry.getValue();
                revenue = revenue.add(amount);
            }
            if (entry.getValue() > 0) {
                breakdown.add(new StatusBucket(entry.getKey(), entry.getValue(), amount));
            }
        }
        breakdown.sort(Comparator.comparingLong(StatusBucket::count).reversed());
        BigDecimal average = paid == 0
                ? BigDecimal.ZERO.setScale(Money.SCALE)
                : revenue.divide(BigDecimal.valueOf(paid), Money.SCALE, RoundingMode.HALF_UP);
        return new Stats(total, revenue, average, paid, counts, breakdown);
    }

    /**
     * The figures of the dashboard and the orders page.
     *
     * @param totalOrders every order
     * @param totalRevenue rupees of paid, not cancelled orders
     * @param averageOrderValue revenue per paid order
     * @param paidOrders how many orders make up the revenue
     * @param ordersByStatus a count for every stored status (zeros included)
     * @param statusBreakdown the legacy shape: one entry per status present, most frequent first
     */
    record Stats(long totalOrders, BigDecimal totalRevenue, BigDecimal averageOrderValue, long paidOrders,
            Map<String, Long> ordersByStatus, List<StatusBucket> statusBreakdown) {
    }

    record StatusBucket(@JsonProperty("_id") String status, long count, BigDecimal totalAmount) {
    }
}
