package com.annavaram.user.payment;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.payment.Payment;
import com.annavaram.model.payment.PaymentStatus;
import com.annavaram.user.config.AliasedUpdates;
import com.annavaram.user.error.ApiException;
import com.annavaram.user.order.OrderCancellation;
import com.annavaram.user.order.OrderConfirmation;
import com.annavaram.user.order.OrderEntity;
import com.annavaram.user.order.OrderRepository;
import com.annavaram.user.order.OrderResponses;
import com.annavaram.user.order.OrderView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

/**
 * The customer's payments, the verification of a Razorpay Checkout payment (S29) and Razorpay's webhook. Every change
 * is conditional on the state read, so a verification, its webhook and any replay capture a payment and confirm its
 * order once.
 */
@Singleton
class PaymentService {

    static final String NOT_ENABLED = "Online payments are not enabled.";
    static final String VERIFICATION_FAILED = "Payment verification failed.";
    static final String NOT_ONLINE = "This order is not paid online.";
    static final String ORDER_NOT_FOUND = "Order not found";
    static final String TOO_LATE = "This order was cancelled before the payment arrived; the payment will be refunded.";
    static final String BAD_WEBHOOK = "Invalid webhook signature.";
    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    private final PaymentConfig.Razorpay razorpay;
    private final PaymentRepository payments;
    private final PaymentMapper mapper;
    private final OrderRepository orders;
    private final OrderResponses responses;
    private final OrderConfirmation confirmation;
    private final OrderCancellation cancellation;
    private final AliasedUpdates updates;
    private final ObjectMapper json;

    PaymentService(PaymentConfig config, PaymentRepository payments, PaymentMapper mapper, OrderRepository orders,
            OrderResponses responses, OrderConfirmation confirmation, OrderCancellation cancellation,
            AliasedUpdates updates, ObjectMapper json) {
        this.razorpay = config.razorpay();
        this.payments = payments;
        this.mapper = mapper;
        this.orders = orders;
        this.responses = responses;
        this.confirmation = confirmation;
        this.cancellation = cancellation;
        this.updates = updates;
        this.json = json;
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
        capture(payment.getId(), paymentId, "verify");
        OrderConfirmation.Outcome outcome = confirmation.confirm(order.getId(), "Paid online (Razorpay " + paymentId
                + ")");
        if (outcome == OrderConfirmation.Outcome.CANCELLED) {
            LOG.errorf("payment %s captured for cancelled order %s: refund due", paymentId, order.getOrderId());
            throw ApiException.conflict(TOO_LATE);
        }
        return new Verified(responses.view(orders.findById(order.getId())),
                mapper.toView(payments.findById(payment.getId())));
    }

    /** Handles one webhook call; the raw body is what Razorpay signed. */
    String webhook(byte[] body, String signature, String eventIdHeader) {
        String secret = razorpay.webhookSecret().filter(s -> !s.isBlank())
                .orElseThrow(() -> ApiException.badRequest(BAD_WEBHOOK));
        if (!Signatures.matches(secret, body, signature)) {
            LOG.warn("webhook with a wrong signature refused");
            throw ApiException.badRequest(BAD_WEBHOOK);
        }
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("The webhook body is not JSON.");
        }
        String type = event.path("event").asText("");
        String eventId = eventIdHeader != null && !eventIdHeader.isBlank()
                ? eventIdHeader.trim()
                : Signatures.hmacHex(secret, body);
        JsonNode payment = event.path("payload").path("payment").path("entity");
        switch (type) {
            case "payment.captured", "order.paid" -> {
                PaymentEntity found = byRazorpayOrder(payment.path("order_id").asText(null));
                if (found != null) {
                    capture(found.getId(), payment.path("id").asText(null), "webhook");
                    confirmation.confirm(found.getOrder(), "Paid online (Razorpay " + payment.path("id").asText("")
                            + ")");
                    record(found.getId(), eventId, type);
                }
            }
            case "payment.failed" -> {
                PaymentEntity found = byRazorpayOrder(payment.path("order_id").asText(null));
                if (found != null) {
                    fail(found);
                    record(found.getId(), eventId, type);
                }
            }
            case "refund.processed" -> {
                String paymentId = event.path("payload").path("refund").path("entity").path("payment_id")
                        .asText(null);
                PaymentEntity found = paymentId == null ? null : payments.byTransactionId(paymentId).orElse(null);
                if (found != null) {
                    setStatus(found.getId(), Set.of(PaymentStatus.CAPTURED), PaymentStatus.REFUNDED);
                    record(found.getId(), eventId, type);
                }
            }
            default -> LOG.debugf("webhook event %s ignored", type);
        }
        return type;
    }

    private PaymentEntity byRazorpayOrder(String razorpayOrderId) {
        return razorpayOrderId == null ? null : payments.byGatewayOrderId(razorpayOrderId).orElse(null);
    }

    /** Captures a payment that is not captured (or refunded) yet; a replay finds it captured and changes nothing. */
    private void capture(ObjectId paymentId, String transactionId, String source) {
        Date now = now();
        updates.collection(Payment.COLLECTION).updateOne(
                and(eq(Payment._ID, paymentId),
                        in(Payment.STATUS, List.of(PaymentStatus.INITIATED.stored(), PaymentStatus.AUTHORIZED.stored(),
                                PaymentStatus.FAILED.stored()))),
                new Document("$set", new Document(Payment.STATUS, PaymentStatus.CAPTURED.stored())
                        .append(Payment.TRANSACTION_ID, transactionId).append(Payment.UPDATED_AT, now)
                        .append(Payment.RAW_RESPONSE + ".capturedBy", source)
                        .append(Payment.RAW_RESPONSE + ".capturedAt", now)));
    }

    /** A failed payment: marked failed unless captured meanwhile, and its order cancelled with the stock back. */
    private void fail(PaymentEntity payment) {
        if (setStatus(payment.getId(), Set.of(PaymentStatus.INITIATED, PaymentStatus.AUTHORIZED),
                PaymentStatus.FAILED) || PaymentStatus.FAILED.stored().equals(payment.getStatus())) {
            cancellation.cancel(payment.getOrder(), Set.of(OrderStatus.PENDING_PAYMENT), "payment", "Payment failed");
        }
    }

    private boolean setStatus(ObjectId paymentId, Set<PaymentStatus> from, PaymentStatus to) {
        return updates.collection(Payment.COLLECTION).updateOne(
                and(eq(Payment._ID, paymentId), in(Payment.STATUS, from.stream().map(PaymentStatus::stored).toList())),
                new Document("$set", new Document(Payment.STATUS, to.stored()).append(Payment.UPDATED_AT, now())))
                .getModifiedCount() > 0;
    }

    /** Keeps each webhook event once in {@code rawResponse.webhookEvents}. */
    private void record(ObjectId paymentId, String eventId, String type) {
        String events = Payment.RAW_RESPONSE + ".webhookEvents";
        updates.collection(Payment.COLLECTION).updateOne(and(eq(Payment._ID, paymentId), ne(events + ".id", eventId)),
                new Document("$push", new Document(events,
                        new Document("id", eventId).append("event", type).append("at", now()))));
    }

    private static Date now() {
        return Date.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

}
