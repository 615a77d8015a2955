package com.annavaram.user.order;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;

import com.annavaram.model.order.OrderLine;
import com.annavaram.user.payment.PaymentEntity;
import com.annavaram.user.payment.PaymentGateways;
import com.annavaram.user.payment.PaymentMapper;
import com.annavaram.user.payment.PaymentRepository;

/** Orders as the storefront reads them, with their lines (embedded or legacy) and payment. */
@Singleton
public class OrderResponses {

    private final OrderMapper mapper;
    private final LegacyLines lines;
    private final PaymentRepository payments;
    private final PaymentMapper paymentMapper;
    private final PaymentGateways gateways;

    OrderResponses(OrderMapper mapper, LegacyLines lines, PaymentRepository payments, PaymentMapper paymentMapper,
            PaymentGateways gateways) {
        this.mapper = mapper;
        this.lines = lines;
        this.payments = payments;
        this.paymentMapper = paymentMapper;
        this.gateways = gateways;
    }

    public OrderView view(OrderEntity order) {
        return mapper.toView(order, lines.of(order));
    }

    public List<OrderView> views(List<OrderEntity> orders) {
        Map<ObjectId, List<OrderLine>> all = lines.of(orders);
        return orders.stream().map(o -> mapper.toView(o, all.get(o.getId()))).toList();
    }

    /** The answer to a placement, also when a retried placement returns the first one. */
    public PlacedOrder placed(OrderEntity order) {
        return placed(order, payments.ofOrder(order.getId()).orElse(null));
    }

    /** The answer to a placement that has its order and payment in hand. */
    public PlacedOrder placed(OrderEntity order, PaymentEntity payment) {
        OrderView view = view(order);
        return new PlacedOrder(view, view.items(), payment == null ? null : paymentMapper.toView(payment),
                gateways.checkout(order));
    }
}
