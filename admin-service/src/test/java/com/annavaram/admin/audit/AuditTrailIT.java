package com.annavaram.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Catalog;
import com.annavaram.admin.fixture.Documents;
import com.annavaram.model.admin.AuditLog;
import com.annavaram.model.review.Review;

/** Every write endpoint leaves exactly one audit entry naming who, what, which document, from where, under which id. */
class AuditTrailIT extends ApiIntegration {

    /** A write to make: method, path, body, and the action and target it must be recorded as. */
    record Call(String method, String path, String body, String action, String targetType, String targetId) {
    }

    static Stream<Arguments> writes() {
        return Stream.of(
                write("login", t -> new Call("POST", "/api/auth/login",
                        "{\"email\":\"" + LEGACY_ADMIN_EMAIL + "\",\"password\":\"" + LEGACY_PASSWORD + "\"}",
                        "auth.login", "admin", LEGACY_ADMIN_ID.toHexString())),
                write("create admin", t -> new Call("POST", "/api/admins",
                        "{\"email\":\"audit-" + new ObjectId() + "@annavaram.test\",\"password\":\"Audit-pass-1\"}",
                        "admin.create", "admin", null)),
                write("disable admin", t -> {
                    String id = t.admin();
                    return new Call("PATCH", "/api/admins/" + id, "{\"isActive\":false}", "admin.update", "admin", id);
                }), write("reset password", t -> {
                    String id = t.admin();
                    return new Call("POST", "/api/admins/" + id + "/reset-password", "{\"password\":\"Other-pass-22\"}",
                            "admin.reset_password", "admin", id);
                }), write("create category", t -> new Call("POST", "/api/categories",
                        "{\"name\":\"" + Catalog.unique("Audited") + "\"}", "category.create", "category", null)),
                write("rename category", t -> {
                    String id = t.category();
                    return new Call("PUT", "/api/categories/" + id, "{\"name\":\"" + Catalog.unique("Renamed") + "\"}",
                            "category.update", "category", id);
                }), write("toggle category", t -> {
                    String id = t.category();
                    return new Call("PATCH", "/api/categories/" + id + "/toggle-status", null, "category.toggle",
                            "category", id);
                }), write("delete category", t -> {
                    String id = t.category();
                    return new Call("DELETE", "/api/categories/" + id, null, "category.delete", "category", id);
                }), write("create product", t -> new Call("POST", "/api/products",
                        Catalog.productBody(t.category(), "Audited Product", "120", 4, true), "product.create",
                        "product", null)),
                write("edit product", t -> {
                    String id = t.product();
                    return new Call("PUT", "/api/products/" + id,
                            Catalog.productBody(t.category(), "Audited Product v2", "120", 4, true), "product.update",
                            "product", id);
                }), write("patch product", t -> {
                    String id = t.product();
                    return new Call("PATCH", "/api/products/" + id, "{\"price\":99}", "product.patch", "product", id);
                }), write("set stock", t -> {
                    String id = t.product();
                    return new Call("PATCH", "/api/products/" + id + "/stock", "{\"stock\":7}", "product.stock",
                            "product", id);
                }), write("toggle product", t -> {
                    String id = t.product();
                    return new Call("PATCH", "/api/products/" + id + "/toggle-status", null, "product.toggle",
                            "product", id);
                }), write("delete product", t -> {
                    String id = t.product();
                    return new Call("DELETE", "/api/products/" + id, null, "product.delete", "product", id);
                }), write("order status", t -> {
                    String id = t.order();
                    return new Call("PATCH", "/api/orders/" + id + "/status", "{\"status\":\"dispatched\"}",
                            "order.status", "order", id);
                }), write("edit review", t -> {
                    String id = t.review();
                    return new Call("PUT", "/api/reviews/" + id, "{\"comment\":\"Edited by the admin\"}",
                            "review.update", "review", id);
                }), write("delete review", t -> {
                    String id = t.review();
                    return new Call("DELETE", "/api/reviews/" + id, null, "review.delete", "review", id);
                }), write("approve review", t -> {
                    String id = t.review();
                    return new Call("PATCH", "/api/reviews/" + id + "/approval", "{\"isApproved\":false}",
                            "review.approval", "review", id);
                }));
    }

    private static Arguments write(String name, Function<AuditTrailIT, Call> call) {
        return Arguments.of(name, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void shouldRecordEveryWriteEndpoint(String name, Function<AuditTrailIT, Call> scenario) {
        Call call = scenario.apply(this);
        String requestId = "audit-" + UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);

        int status = api().send(call.method(), call.path(), call.method().equals("POST")
                && call.path().equals("/api/auth/login") ? null : superAdmin(), call.body(),
                Map.of("X-Request-Id", requestId)).status();

        assertThat(status).as(name).isBetween(200, 201);
        List<Document> entries = mongo.getDb().getCollection(AuditLog.COLLECTION)
                .find(new Document(AuditLog.REQUEST_ID, requestId)).into(new ArrayList<>());
        assertThat(entries).as(name).hasSize(1);
        Document entry = entries.get(0);
        assertThat(entry.getString(AuditLog.ACTION)).isEqualTo(call.action());
        assertThat(entry.getString(AuditLog.TARGET_TYPE)).isEqualTo(call.targetType());
        if (call.targetId() != null) {
            assertThat(entry.getString(AuditLog.TARGET_ID)).isEqualTo(call.targetId());
        } else {
            assertThat(entry.getString(AuditLog.TARGET_ID)).matches("[0-9a-f]{24}");
        }
        assertThat(entry.get(AuditLog.ACTOR_ID)).isEqualTo(LEGACY_ADMIN_ID);
        assertThat(entry.getString(AuditLog.ACTOR_EMAIL)).isEqualTo(LEGACY_ADMIN_EMAIL);
        assertThat(entry.getString(AuditLog.IP)).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(entry.getDate(AuditLog.AT).toInstant()).isAfter(before);
        assertThat(entry.get(AuditLog.AFTER, Document.class)).isNotNull().isNotEmpty();
    }

    String admin() {
        return api().post("/api/admins", superAdmin(),
                "{\"email\":\"target-" + new ObjectId() + "@annavaram.test\",\"password\":\"Target-pass-1\"}")
                .expectOk(201).data().get("_id").asString();
    }

    String category() {
        return Catalog.category(api(), superAdmin(), Catalog.unique("Audit Target"));
    }

    String product() {
        return Catalog.product(api(), superAdmin(), category(), "Audit Target Product", 5).get("_id").asString();
    }

    String order() {
        ObjectId product = new ObjectId(product());
        return mongo.save(Documents.order("payment_confirmed", Instant.now(),
                Documents.line(product, "Audit Target Product", 1, "250.00"))).getId().toHexString();
    }

    String review() {
        Review review = Documents.review(new ObjectId(product()));
        return mongo.save(review).getId().toHexString();
    }
}
