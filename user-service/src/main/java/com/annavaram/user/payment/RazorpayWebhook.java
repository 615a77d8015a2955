package com.annavaram.user.payment;

import java.io.IOException;
import java.util.Set;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.annavaram.model.payment.PaymentStatus;
import com.annavaram.user.error.ApiException;
import com.annavaram.user.order.OrderConfirmation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Razorpay's webhook: the raw body must carry the HMAC of {@code RAZORPAY_WEBHOOK_SECRET} in
 * {@code X-Razorpay-Signature}; {@code payment.captured} (or {@code order.paid}) captures and confirms,
 * {@code payment.failed} cancels the unpaid order with its stock back, {@code refund.processed} marks the payment
 * refunded. Every step is conditional on the state read, so a replayed event changes nothing.
 */
@Singleton
class RazorpayWebhook {

    static final String BAD_WEBHOOK = "Invalid webhook signature.";
    private static final Logger LOG = Logger.getLogger(RazorpayWebhook.class);

    private final PaymentConfig.Razorpay razorpay;
    private final PaymentRepository payments;
    private final PaymentStates states;
    private final OrderConfirmation confirmation;
    private final ObjectMapper json;

    RazorpayWebhook(PaymentConfig config, PaymentRepository payments, PaymentStates states,
            OrderConfirmation confirmation, ObjectMapper json) {
        this.razorpay = config.razorpay();
        this.payments = payments;
        this.states = states;
        this.confirmation = confirmation;
        this.json = json;
    }

    /** Handles one webhook call; the raw body is what Razorpay signed. */
    String handle(byte[] body, String signature, String eventIdHeader) {
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
                    states.capture(found.getId(), payment.path("id").asText(null), "webhook");
                    if (confirmation.confirm(found.getOrder(), "Paid online (Razorpay " + payment.path("id").asText("")
                            + ")") == OrderConfirmation.Outcome.CANCELLED) {
                        LOG.errorf("payment %s captured for cancelled order %s: refund due",
                                payment.path("id").asText(""), found.getOrder());
                    }
                    states.record(found.getId(), eventId, type);
                }
            }
            case "payment.failed" -> {
                PaymentEntity found = byRazorpayOrder(payment.path("order_id").asText(null));
                if (found != null) {
                    states.fail(found);
                    states.record(found.getId(), eventId, type);
                }
            }
            case "refund.processed" -> {
                String paymentId = event.path("payload").path("refund").path("entity").path("payment_id")
                        .asText(null);
                PaymentEntity found = paymentId == null ? null : payments.byTransactionId(paymentId).orElse(null);
                if (found != null) {
                    states.setStatus(found.getId(), Set.of(PaymentStatus.CAPTURED), PaymentStatus.REFUNDED);
                    states.record(found.getId(), eventId, type);
                }
            }
            default -> LOG.debugf("webhook event %s ignored", type);
        }
        return type;
    }

    private PaymentEntity byRazorpayOrder(String razorpayOrderId) {
        return razorpayOrderId == null ? null : payments.byGatewayOrderId(razorpayOrderId).orElse(null);
    }

}
