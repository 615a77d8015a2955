package com.annavaram.user.payment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.annavaram.model.bson.Money;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Razorpay, on when {@code RAZORPAY_KEY_ID} and {@code RAZORPAY_KEY_SECRET} are set: each order gets a Razorpay order
 * (Orders API, basic auth, amount in paise, captured automatically) and waits in {@code pending_payment} until the
 * signed payment is verified or the webhook reports it.
 */
@Singleton
class RazorpayGateway implements PaymentGateway {

    static final String NAME = "razorpay";
    private static final Logger LOG = Logger.getLogger(RazorpayGateway.class);

    private final PaymentConfig.Razorpay config;
    private final ObjectMapper json;
    private final HttpClient http;

    RazorpayGateway(PaymentConfig config, ObjectMapper json) {
        this.config = config.razorpay();
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OrderStatus initialStatus() {
        return OrderStatus.PENDING_PAYMENT;
    }

    @Override
    public Started start(Order order) {
        long amount = RazorpayView.paise(order.getTotalAmount());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", amount);
        body.put("currency", Money.CURRENCY);
        body.put("receipt", order.getOrderId());
        body.put("payment_capture", 1);
        body.put("notes", Map.of("orderId", order.getId().toHexString(), "orderNumber", order.getOrderId()));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.apiBase() + "/orders"))
                    .timeout(config.timeout()).header("Content-Type", "application/json")
                    .header("Accept", "application/json").header("Authorization", basicAuth())
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new GatewayException("Razorpay answered " + response.statusCode(), null);
            }
            JsonNode created = json.readTree(response.body());
            String id = created.path("id").asText(null);
            if (id == null || id.isBlank()) {
                throw new GatewayException("Razorpay answered without an order id", null);
            }
            return new Started(id, new RazorpayView(id, created.path("amount").asLong(amount),
                    created.path("currency").asText(Money.CURRENCY), config.keyId().orElseThrow(),
                    config.checkoutName(), RazorpayView.description(order.getOrderId())));
        } catch (IOException e) {
            LOG.warnf("Razorpay order for %s not created: %s", order.getOrderId(), e.getMessage());
            throw new GatewayException("Razorpay could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("interrupted while calling Razorpay", e);
        }
    }

    private String basicAuth() {
        String credentials = config.keyId().orElseThrow() + ":" + config.keySecret().orElseThrow();
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
