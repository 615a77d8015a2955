package com.annavaram.admin.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Documents;
import com.annavaram.model.order.Order;

import tools.jackson.databind.JsonNode;

/** A15: every order by default, storefront ones too; status and date filters that match what the panel means. */
class OrderListIT extends ApiIntegration {

    @Test
    void shouldListEveryOrderNewestFirstWithStorefrontOrdersIncluded() {
        long stored = mongo.getDb().getCollection(Order.COLLECTION).countDocuments();

        JsonNode reply = api().get("/api/orders", superAdmin()).expectOk().json();

        assertThat(reply.get("data").size()).isEqualTo((int) stored);
        assertThat(reply.get("pagination").get("total").asLong()).isEqualTo(stored);
        Instant previous = Instant.MAX;
        for (JsonNode order : reply.get("data")) {
            Instant created = Instant.parse(order.get("createdAt").asString());
            assertThat(created).isBeforeOrEqualTo(previous);
            previous = created;
        }
    }

    @Test
    void shouldShowLegacyStatusesInTheStoredVocabulary() {
        JsonNode storefront = api().get("/api/orders/18c9e3c7e900b47615fa5515", superAdmin()).expectOk().data();

        assertThat(storefront.get("status").asString()).isEqualTo("payment_confirmed");
        assertThat(storefront.get("userId").asString()).isEqualTo("d329437202964b6aa9bfe057");
        assertThat(storefront.get("products").size()).isEqualTo(3);
    }

    @Test
    void shouldMatchLegacyWordsWhenFilteringByStatus() {
        JsonNode paid = api().get("/api/orders?status=payment_confirmed", superAdmin()).expectOk().data();

        assertThat(ids(paid)).contains("18c9e3c7e900b47615fa5515");
        assertThat(paid.findValuesAsString("status")).containsOnly("payment_confirmed");
        JsonNode created = api().get("/api/orders?status=order_created", superAdmin()).expectOk().data();
        assertThat(created.size()).isPositive();
        assertThat(created.findValuesAsString("status")).containsOnly("order_created");
    }

    @Test
    void shouldIncludeTheWholeEndDayInIndia() {
        // 23:30 in Annavaram on 2 February 2026 is 18:00 UTC: the legacy API's UTC midnight left it out.
        ObjectId late = mongo.save(Documents.order("order_created", Instant.parse("2026-02-02T18:00:00Z"))).getId();
        ObjectId nextDay = mongo.save(Documents.order("order_created", Instant.parse("2026-02-02T18:31:00Z")))
                .getId();

        JsonNode found = api().get("/api/orders?startDate=2026-02-02&endDate=2026-02-02", superAdmin()).expectOk()
                .data();

        assertThat(ids(found)).contains(late.toHexString())
                .doesNotContain(nextDay.toHexString());
    }

    @Test
    void shouldRefuseBadFilters() {
        api().get("/api/orders?status=shipped", superAdmin()).expectProblem(400);
        api().get("/api/orders?startDate=02/02/2026", superAdmin()).expectProblem(400);
        api().get("/api/orders?startDate=2026-02-03&endDate=2026-02-01", superAdmin()).expectProblem(400);
        api().get("/api/orders?sortBy=userId", superAdmin()).expectProblem(400);
    }

    @Test
    void shouldPageWhenAsked() {
        JsonNode page = api().get("/api/orders?page=1&limit=7", superAdmin()).expectOk().json();

        assertThat(page.get("data").size()).isEqualTo(7);
        assertThat(page.get("pagination").get("limit").asInt()).isEqualTo(7);
    }

    @Test
    void shouldShowAnOrderWhoseProductsAreGoneWithNullProductRefs() {
        Order order = Documents.order("order_created", Instant.now(),
                Documents.line(new ObjectId(), "Discontinued Sweet", 1, "99.00"));
        ObjectId id = mongo.save(order).getId();

        JsonNode line = api().get("/api/orders/" + id, superAdmin()).expectOk().data().get("products").get(0);

        assertThat(line.get("productId").isNull()).isTrue();
        assertThat(line.get("productName").asString()).isEqualTo("Discontinued Sweet");
    }
}
