package com.annavaram.user.payment;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import com.annavaram.model.order.Order;
import com.annavaram.model.payment.Payment;
import com.annavaram.user.config.AliasedUpdates;
import com.annavaram.user.error.ApiException;
import com.annavaram.user.order.OrderConfirmation;
import com.annavaram.user.order.OrderEntity;
import com.annavaram.user.order.OrderRepository;
import com.annavaram.user.order.OrderResponses;
import com.annavaram.user.order.OrderView;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

/**
 * The customer's payments, the verification of a Razorpay Checkout payment (S29): the signature is checked in
 * constant time before anything changes; capturing and confirming are conditional, so a repeated verification or
 * the webhook of the same payment change nothing more.
 */
@Singleton
class PaymentService {

    static final String NOT_ENABLED = "Online payments are not enabled.";
    static final String VERIFICATION_FAILED = "Payment verification failed.";
    static final String NOT_ONLINE = "This order is not paid online.";
    static final String ORDER_NOT_FOUND = "Order not found";
    static final String TOO_LATE = "This order was cancelled before the payment arrived; the payment will be refunded.";
    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    private final PaymentConfig.Razorpay razorpay;
    private final PaymentRepository payments;
    private final PaymentMapper mapper;
    private final OrderRepository orders;
    private final OrderResponses responses;
    private final OrderConfirmation confirmation;
    private final PaymentStates states;
    private final AliasedUpdates updates;

    PaymentService(PaymentConfig config, PaymentRepository payments, PaymentMapper mapper, OrderRepository orders,
            OrderResponses responses, OrderConfirmation confirmation, PaymentStates states, AliasedUpdates updates) {
        this.razorpay = config.razorpay();
        this.payments = payments;
        this.mapper = mapper;
        this.orders = orders;
        this.responses = responses;
        this.confirmation = confirmation;
        this.states = states;
        this.updates = updates;
    }

    /** The customer's payments, newest first: those carrying their id, and legacy ones found through their orders. */
    List<PaymentView> list(ObjectId user) {
        List<ObjectId> own = new ArrayList<>();
        updates.collection(Order.COLLECTION).find(OrderRepository.ownedBy(user))
                .projection(Projections.include(Order._ID)).forEach(o -> own.add(o.getObjectId(Order._ID)));
        return payments.mongoCollection().find(or(eq(Payment.USER, user), in(Payment.ORDER, own)))
                .sort(Sorts.descending(Payment.CREATED_AT, Payment._ID)).into(new ArrayList<>()).stream()
                .map(mapper::toView).toList();
    }

    /** The order and payment after a verification. */
    record Verified(OrderView order, PaymentView payment) {
    }

    Verified verify(ObjectId user, VerifyRequest request) {
        if (!razorpay.enabled()) {
            throw ApiException.badRequest(NOT_ENABLED);
        }
        OrderEntity order = orders.owned(user, request.orderId().trim())
                .orElseThrow(() -> ApiException.notFound(ORDER_NOT_FOUND));
        PaymentEntity payment = payments.ofOrder(order.getId())
                .filter(p -> RazorpayGateway.NAME.equals(p.getGateway()) && p.getGatewayOrderId() != null)
                .orElseThrow(() -> ApiException.badRequest(NOT_ONLINE));
        String razorpayOrderId = payment.getGatewayOrderId();
        if (request.razorpayOrderId() != null && !request.razorpayOrderId().isBlank()
                && !razorpayOrderId.equals(request.razorpayOrderId().trim())) {
            throw ApiException.badRequest(VERIFICATION_FAILED);
        }
        String paymentId = request.paymentId().trim();
        if (!Signatures.paymentMatches(razorpay.keySecret().orElseThrow(), razorpayOrderId, paymentId,
                request.signature())) {
            LOG.warnf("payment signature mismatch for order %s", order.getOrderId());
            throw ApiException.badRequest(VERIFICATION_FAILED);
        }
        states.capture(payment.getId(), paymentId, "verify");
        OrderConfirmation.Outcome outcome = confirmation.confirm(order.getId(), "Paid online (Razorpay " + paymentId
                + ")");
        if (outcome == OrderConfirmation.Outcome.CANCELLED) {
            LOG.errorf("payment %s captured for cancelled order %s: refund due", paymentId, order.getOrderId());
            throw ApiException.conflict(TOO_LATE);
        }
        return new Verified(responses.view(orders.findById(order.getId())),
                mapper.toView(payments.findById(payment.getId())));
    }
}
