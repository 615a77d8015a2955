package com.annavaram.admin.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Catalog;
import com.annavaram.admin.fixture.Reply;
import com.annavaram.model.catalog.Product;

/** Two admins editing one product: the second stale write gets 409, never a silent overwrite. */
class ProductConcurrencyIT extends ApiIntegration {

    private String categoryId;
    private String id;

    @BeforeEach
    void product() {
        categoryId = Catalog.category(api(), superAdmin(), Catalog.unique("Pickles"));
        id = Catalog.product(api(), superAdmin(), categoryId, "Avakaya", 10).get("_id").asString();
    }

    @Test
    void shouldAnswerReadsWithTheVersionAsETag() {
        Reply read = api().get("/api/products/" + id, superAdmin()).expectOk();

        assertThat(read.header("ETag")).hasValue("\"0\"");
        assertThat(read.data().get("version").asLong()).isZero();
    }

    @Test
    void shouldRejectStaleProductEdit() {
        String etag = api().get("/api/products/" + id, superAdmin()).header("ETag").orElseThrow();

        Reply first = edit("Avakaya (first admin)", Map.of("If-Match", etag)).expectOk();
        Reply second = edit("Avakaya (second admin)", Map.of("If-Match", etag)).expectProblem(409);

        assertThat(first.header("ETag")).hasValue("\"1\"");
        assertThat(second.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(raw(Product.COLLECTION, new ObjectId(id)).getString(Product.NAME))
                .isEqualTo("Avakaya (first admin)");
    }

    @Test
    void shouldRejectAStaleVersionSentInTheBody() {
        edit("Avakaya v1", Map.of()).expectOk();

        String body = Catalog.productBody(categoryId, "Avakaya stale", "250", 10, true).replace("}",
                ",\"version\":0}");
        api().put("/api/products/" + id, superAdmin(), body).expectProblem(409);
        api().patch("/api/products/" + id + "/stock", superAdmin(), "{\"stock\":3,\"version\":0}")
                .expectProblem(409);
    }

    @Test
    void shouldLetThePanelEditWithoutAVersion() {
        edit("Avakaya once", Map.of()).expectOk();
        Reply again = edit("Avakaya twice", Map.of()).expectOk();

        assertThat(again.data().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void shouldLetExactlyOneOfManySimultaneousEditsOfOneVersionWin() throws Exception {
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "Avakaya racer " + i;
            results.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return edit(name, Map.of("If-Match", "\"0\"")).status();
            }));
        }
        start.countDown();

        List<Integer> statuses = results.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(raw(Product.COLLECTION, new ObjectId(id)).get(Product.VERSION)).isEqualTo(1L);
    }

    @Test
    void shouldRefuseAMalformedIfMatch() {
        edit("Avakaya", Map.of("If-Match", "yesterday")).expectProblem(400);
    }

    private Reply edit(String name, Map<String, String> headers) {
        return api().send("PUT", "/api/products/" + id, superAdmin(),
                Catalog.productBody(categoryId, name, "250", 10, true), headers);
    }
}
