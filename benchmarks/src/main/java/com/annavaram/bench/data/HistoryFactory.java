package com.annavaram.bench.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.bson.types.ObjectId;

import com.annavaram.model.bson.Money;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderIds;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.order.ShippingAddress;
import com.annavaram.model.order.StatusChange;
import com.annavaram.model.review.Review;

/**
 * Past orders (complete for both services, DESIGN.md invariant 4) and reviews (one per product and customer), with
 * each product's stored rating figures computed from its visible reviews the way both services do.
 */
final class HistoryFactory {

    /** The way an order goes, in the order of {@link OrderStatus}; a past order stops somewhere along it. */
    private static final List<OrderStatus> PATH = List.of(OrderStatus.ORDER_CREATED, OrderStatus.PAYMENT_CONFIRMED,
            OrderStatus.DISPATCHED, OrderStatus.REACHED_CITY, OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED);

    private final Random random;
    private final Instant now;

    HistoryFactory(Random random, Instant now) {
        this.random = random;
        this.now = now;
    }

    List<Order> orders(int count, List<ObjectId> customers, List<Product> onSale) {
        Set<String> orderIds = new HashSet<>();
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant created = now.minus(1 + random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES);
            Order order = new Order();
            order.setId(new ObjectId());
            String orderId;
            do {
                orderId = OrderIds.forDay(LocalDate.ofInstant(created, ZoneOffset.UTC));
            } while (!orderIds.add(orderId));
            order.setOrderId(orderId);
            ObjectId customer = customers.get(random.nextInt(customers.size()));
            order.setUserId(customer);
            order.setUser(customer);
            List<OrderLine> lines = lines(onSale);
            order.setProducts(lines);
            order.setItems(lines);
            order.setTotalAmount(Money.normalise(lines.stream().map(OrderLine::getSubtotal)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
            order.setCurrency(Money.CURRENCY);
            order.setShippingAddress(address("Customer " + customer.toHexString().substring(18)));
            order.setGateway("manual");
            history(order, created);
            order.setVersion(0L);
            order.setCreatedAt(created);
            orders.add(order);
        }
        return orders;
    }

    /** Reviews of distinct (product, customer) pairs; 5% are unapproved. Sets the products' figures. */
    List<Review> reviews(int count, List<ObjectId> customers, List<Product> onSale) {
        Set<Long> pairs = new HashSet<>();
        Map<ObjectId, long[]> sums = new HashMap<>();
        List<Review> reviews = new ArrayList<>();
        while (reviews.size() < count) {
            int p = random.nextInt(onSale.size());
            int c = random.nextInt(customers.size());
            if (!pairs.add((long) p * customers.size() + c)) {
                continue;
            }
            Product product = onSale.get(p);
            Review review = new Review();
            review.setId(new ObjectId());
            review.setUserId(customers.get(c));
            review.setUser(customers.get(c));
            review.setProductId(product.getId());
            review.setProduct(product.getId());
            int rating = 1 + Math.min(4, random.nextInt(3) + random.nextInt(3));
            review.setRating(rating);
            review.setTitle(rating >= 4 ? "Tastes like home" : "Could be better");
            String text = "The " + product.getName() + " was "
                    + (rating >= 4 ? "fresh and well packed." : "a bit dry.");
            review.setReviewText(text);
            review.setComment(text);
            review.setIsVerifiedPurchase(false);
            boolean approved = random.nextInt(20) != 0;
            review.setIsApproved(approved);
            review.setIsDeleted(false);
            review.setHelpfulCount(random.nextInt(5));
            review.setCreatedAt(now.minus(1 + random.nextInt(300 * 24 * 60), ChronoUnit.MINUTES));
            reviews.add(review);
            if (approved) {
                long[] sum = sums.computeIfAbsent(product.getId(), k -> new long[2]);
                sum[0]++;
                sum[1] += rating;
            }
        }
        for (Product product : onSale) {
            long[] sum = sums.getOrDefault(product.getId(), new long[2]);
            product.setReviewCount((int) sum[0]);
            product.setAverageRating(average(sum[1], sum[0]));
        }
        return reviews;
    }

    /** The services' formula: the mean to one decimal, half up; 0 without ratings. */
    static double average(long sum, long count) {
        return count == 0
                ? 0.0
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, java.math.RoundingMode.HALF_UP)
                        .doubleValue();
    }

    static ShippingAddress address(String name) {
        ShippingAddress address = new ShippingAddress();
        address.setName(name);
        address.setPhone("9876543210");
        address.setLine1("12-3-45 Main Road");
        address.setCity("Kakinada");
        address.setState("Andhra Pradesh");
        address.setPostalCode("533001");
        address.setCountry("IN");
        return address;
    }

    private List<OrderLine> lines(List<Product> onSale) {
        List<OrderLine> lines = new ArrayList<>();
        Set<ObjectId> seen = new HashSet<>();
        int count = 1 + random.nextInt(3);
        while (lines.size() < count) {
            Product product = onSale.get(random.nextInt(onSale.size()));
            if (!seen.add(product.getId())) {
                continue;
            }
            int quantity = 1 + random.nextInt(3);
            OrderLine line = new OrderLine();
            line.setProductId(product.getId());
            line.setProduct(product.getId());
            line.setProductName(product.getName());
            line.setQuantity(quantity);
            line.setUnitPrice(product.getPrice());
            line.setSubtotal(Money.normalise(product.getPrice().multiply(BigDecimal.valueOf(quantity))));
            line.setImageUrl(product.getImageUrl());
            lines.add(line);
        }
        return lines;
    }

    /** 10% cancelled (stock already given back); the rest somewhere along the path, most of them delivered. */
    private void history(Order order, Instant created) {
        List<StatusChange> history = new ArrayList<>();
        boolean cancelled = random.nextInt(10) == 0;
        int steps = cancelled
                ? 1 + random.nextInt(2)
                : random.nextInt(2) == 0
                        ? PATH.size()
                        : 1 + random.nextInt(
                                PATH.size());
        Instant at = created;
        for (int i = 0; i < steps; i++) {
            history.add(change(PATH.get(i).stored(), at));
            Instant next = at.plus(6 + random.nextInt(30), ChronoUnit.HOURS);
            at = next.isAfter(now) ? now : next;
        }
        String status = PATH.get(steps - 1).stored();
        if (cancelled) {
            status = OrderStatus.CANCELLED.stored();
            history.add(change(status, at));
            order.setStockReleased(true);
            order.setStockReleasedAt(at);
        }
        order.setStatus(status);
        order.setStatusHistory(history);
        order.setUpdatedAt(at);
    }

    private static StatusChange change(String status, Instant at) {
        StatusChange change = new StatusChange();
        change.setStatus(status);
        change.setTimestamp(at);
        change.setActor("system");
        return change;
    }
}
