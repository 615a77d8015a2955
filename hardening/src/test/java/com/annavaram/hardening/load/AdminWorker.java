package com.annavaram.hardening.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.annavaram.hardening.support.HardeningPlatform;
import com.annavaram.hardening.support.Http;
import com.annavaram.hardening.support.Json;
import com.annavaram.hardening.support.Outcomes;
import com.annavaram.hardening.support.Reply;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One admin as the admin panel drives the API (CLIENTS.md A2–A23): dashboard, order list and detail, status changes
 * forward or a cancel, product edits, review moderation. Every write it gets a 2xx for is remembered, so the audit log
 * can be checked for it afterwards.
 */
final class AdminWorker {

    /** Two admins moving the same order at once: the loser gets a 409 naming the allowed next states. */
    static final int[] ANSWERS = {200, 201, 409};
    static final Map<String, String> NEXT = Map.of("payment_confirmed", "dispatched", "order_created", "dispatched",
            "dispatched", "reached_city", "reached_city", "out_for_delivery", "out_for_delivery", "delivered");

    private final HardeningPlatform.Stage stage;
    private final String token;
    private final List<String> products;
    private final Outcomes outcomes;
    private final List<String> writes = Collections.synchronizedList(new ArrayList<>());

    AdminWorker(HardeningPlatform.Stage stage, String token, List<String> products, Outcomes outcomes) {
        this.stage = stage;
        this.token = token;
        this.products = products;
        this.outcomes = outcomes;
    }

    /** {@code action targetId} of every write answered 2xx. */
    List<String> writes() {
        return writes;
    }

    void step() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Http admin = stage.admin();
        outcomes.record("A2 stats", admin.get("/api/orders/stats").bearer(token).send(), ANSWERS);
        JsonNode orders = outcomes.record("A15 orders", admin.get("/api/orders?limit=20").bearer(token).send(),
                ANSWERS).data();
        if (orders.size() > 0) {
            JsonNode order = orders.get(random.nextInt(orders.size()));
            String id = order.path("_id").asText();
            outcomes.record("A17 order", admin.get("/api/orders/" + id).bearer(token).send(), ANSWERS);
            String status = order.path("status").asText();
            String next = random.nextInt(5) == 0 && !status.equals("dispatched") ? "cancelled" : NEXT.get(status);
            if (next != null) {
                write("order.status", id, admin.patch("/api/orders/" + id + "/status").bearer(token).json(Json
                        .object().put("status", next).put("notes", "")).send(), "A18 status");
            }
        }
        String product = products.get(random.nextInt(products.size()));
        write("product.update", product, admin.patch("/api/products/" + product).bearer(token).json(Json.object()
                .put("description", "Edited under load " + random.nextInt(1000))).send(), "A12 edit");
        JsonNode reviews = outcomes.record("A19 reviews", admin.get("/api/reviews?limit=20").bearer(token).send(),
                ANSWERS).data();
        if (reviews.size() > 0) {
            String review = reviews.get(random.nextInt(reviews.size())).path("_id").asText();
            write("review.approval", review, admin.patch("/api/reviews/" + review + "/approval").bearer(token).json(
                    Json.object().put("isApproved", random.nextBoolean())).send(), "A22 moderate");
        }
    }

    private void write(String action, String target, Reply reply, String label) {
        outcomes.record(label, reply, ANSWERS);
        if (reply.status() < 300) {
            writes.add(action + " " + target);
        }
    }
}
