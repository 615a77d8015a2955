package com.annavaram.user.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.types.ObjectId;

import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.order.ShippingAddress;
import com.annavaram.model.order.StatusChange;
import com.annavaram.user.order.OrderEntity;

/** Object mother for orders. */
public final class Orders {

    public static final String DEFAULT_ORDER_ID = "ORD-20261122-7K3QX2";

    private Orders() {
    }

    /** Every field set: two lines, a status history of two steps and a shipping address. */
    public static OrderEntity twoLines() {
        ObjectId customer = new ObjectId();
        OrderEntity order = new OrderEntity();
        order.setOrderId(DEFAULT_ORDER_ID);
        order.setUserId(customer);
        order.setUser(customer);
        List<OrderLine> lines = List.of(line("Cow Ghee 500ml", 2, "349.50"), line("Palli Chikki", 3, "60.00"));
        order.setProducts(new ArrayList<>(lines));
        order.setItems(new ArrayList<>(lines));
        order.setTotalAmount(new BigDecimal("879.00"));
        order.setCurrency("INR");
        order.setStatus(OrderStatus.PAYMENT_CONFIRMED.stored());
        order.setStatusHistory(new ArrayList<>(List.of(
                change(OrderStatus.ORDER_CREATED, "2026-11-22T10:00:00.000Z", "placed by the customer"),
                change(OrderStatus.PAYMENT_CONFIRMED, "2026-11-22T10:05:30.250Z", "paid by card"))));
        order.setShippingAddress(address());
        order.setPaymentIntentId("pay_29QQoUBi66xm2f");
        order.setGateway("manual");
        order.setCart(new ObjectId());
        order.setNotes("Leave at the gate");
        order.setIdempotencyKey("c0ffee-42");
        order.setStockReleased(false);
        order.setStockReleasedAt(Instant.parse("2026-11-22T12:00:00.000Z"));
        order.setExpiresAt(Instant.parse("2026-11-22T10:30:00.000Z"));
        order.setVersion(2L);
        order.setCreatedAt(Instant.parse("2026-11-22T10:00:00.000Z"));
        return order;
    }

    /** A line with only {@code product} of its id pair set. */
    public static OrderLine lineWithProductOnly(ObjectId product) {
        OrderLine line = new OrderLine();
        line.setProduct(product);
        line.setProductName("Kobbari Undalu");
        line.setQuantity(1);
        line.setUnitPrice(new BigDecimal("120"));
        return line;
    }

    private static OrderLine line(String name, int quantity, String unitPrice) {
        ObjectId product = new ObjectId();
        OrderLine line = new OrderLine();
        line.setProductId(product);
        line.setProduct(product);
        line.setProductName(name);
        line.setQuantity(quantity);
        line.setUnitPrice(new BigDecimal(unitPrice));
        line.setSubtotal(new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(quantity)));
        line.setImageUrl("https://cdn.example.test/img/" + name.hashCode() + ".jpg");
        return line;
    }

    private static StatusChange change(OrderStatus status, String at, String notes) {
        StatusChange change = new StatusChange();
        change.setStatus(status.stored());
        change.setTimestamp(Instant.parse(at));
        change.setUpdatedBy(new ObjectId());
        change.setActor("admin@annavaram.test");
        change.setNotes(notes);
        return change;
    }

    private static ShippingAddress address() {
        ShippingAddress address = new ShippingAddress();
        address.setName("Lakshmi Devi");
        address.setPhone("+91 90000 00001");
        address.setLine1("12 Temple Street");
        address.setLine2("Near the ghat road");
        address.setCity("Annavaram");
        address.setState("Andhra Pradesh");
        address.setPostalCode("533406");
        address.setCountry("IN");
        return address;
    }
}
