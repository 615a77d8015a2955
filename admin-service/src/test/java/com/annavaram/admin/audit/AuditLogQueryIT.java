package com.annavaram.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Catalog;

import tools.jackson.databind.JsonNode;

/** {@code GET /api/audit-logs}: the changed fields only, and the filters. */
class AuditLogQueryIT extends ApiIntegration {

    @Test
    void shouldKeepOnlyTheChangedFieldsBeforeAndAfter() {
        String category = Catalog.category(api(), superAdmin(), Catalog.unique("Diff"));
        String product = Catalog.product(api(), superAdmin(), category, "Diff Laddu", 5).get("_id").asString();
        api().patch("/api/products/" + product, editor(), "{\"price\":300}").expectOk();

        JsonNode entry = api().get("/api/audit-logs?targetId=" + product + "&action=product.patch", superAdmin())
                .expectOk().data().get(0);

        assertThat(entry.get("before").propertyNames()).containsExactly("price");
        assertThat(entry.get("before").get("price").decimalValue()).isEqualByComparingTo("250");
        assertThat(entry.get("after").get("price").decimalValue()).isEqualByComparingTo("300");
        assertThat(entry.get("actorEmail").asString()).isEqualTo(EDITOR_EMAIL);
        assertThat(entry.get("at").asString()).endsWith("Z");
    }

    @Test
    void shouldFilterByActorTypeAndTime() {
        Catalog.category(api(), editor(), Catalog.unique("By Editor"));

        JsonNode byEditor = api().get("/api/audit-logs?actorId=" + EDITOR_ID + "&targetType=category", superAdmin())
                .expectOk().json();
        JsonNode future = api().get("/api/audit-logs?from=2999-01-01", superAdmin()).expectOk().json();

        assertThat(byEditor.get("data").findValuesAsString("actorId")).isNotEmpty()
                .containsOnly(EDITOR_ID.toHexString());
        assertThat(byEditor.get("data").findValuesAsString("targetType")).containsOnly("category");
        assertThat(future.get("pagination").get("total").asLong()).isZero();
        api().get("/api/audit-logs?from=yesterday", superAdmin()).expectProblem(400);
        api().get("/api/audit-logs?actorId=someone", superAdmin()).expectProblem(400);
    }
}
