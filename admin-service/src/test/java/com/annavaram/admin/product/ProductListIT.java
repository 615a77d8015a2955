package com.annavaram.admin.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Catalog;
import com.annavaram.admin.fixture.Reply;
import com.annavaram.model.catalog.Product;

import tools.jackson.databind.JsonNode;

/** A9's list: every product up to the cap without paging, paging on request, literal search, whitelisted sorts. */
class ProductListIT extends ApiIntegration {

    @Test
    void shouldListEveryProductThatIsNotDeletedWithoutPaging() {
        long stored = mongo.getDb().getCollection(Product.COLLECTION)
                .countDocuments(new Document(Product.IS_DELETED, new Document("$ne", true)));

        Reply reply = api().get("/api/products", superAdmin()).expectOk();

        assertThat(reply.data().size()).isEqualTo((int) stored).isGreaterThan(20);
        assertThat(reply.json().get("pagination").get("total").asLong()).isEqualTo(stored);
        assertThat(reply.json().get("pagination").get("limit").asInt()).isEqualTo(500);
    }

    @Test
    void shouldPageWhenAskedAndCapTheLimit() {
        JsonNode first = api().get("/api/products?page=2&limit=5", superAdmin()).expectOk().json();
        JsonNode capped = api().get("/api/products?limit=100000", superAdmin()).expectOk().json();

        assertThat(first.get("data").size()).isEqualTo(5);
        assertThat(first.get("pagination").get("page").asInt()).isEqualTo(2);
        assertThat(first.get("pagination").get("pages").asLong())
                .isEqualTo((first.get("pagination").get("total").asLong() + 4) / 5);
        assertThat(capped.get("pagination").get("limit").asInt()).isEqualTo(500);
    }

    @Test
    void shouldSearchByNameLiterally() {
        String categoryId = Catalog.category(api(), superAdmin(), Catalog.unique("Search"));
        String name = Catalog.unique("Pootharekulu (Ghee+Sugar)");
        Catalog.product(api(), superAdmin(), categoryId, name, 1);

        JsonNode found = api().get("/api/products?search=" + encode("(ghee+sugar)"), superAdmin()).expectOk().data();

        assertThat(found.findValuesAsString("name")).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+$", ".*", "[", "\\", "^$", "(?i)x{99999}"})
    void shouldTreatRegexMetacharactersAsText(String search) {
        Reply reply = api().get("/api/products?search=" + encode(search), superAdmin()).expectOk();

        assertThat(reply.data().size()).isZero();
    }

    @Test
    void shouldSortByAWhitelistedKeyOnly() {
        JsonNode byPrice = api().get("/api/products?sortBy=price&sortOrder=asc&limit=50", superAdmin()).expectOk()
                .data();
        double previous = -1;
        for (JsonNode product : byPrice) {
            assertThat(product.get("price").asDouble()).isGreaterThanOrEqualTo(previous);
            previous = product.get("price").asDouble();
        }
        api().get("/api/products?sortBy=password", superAdmin()).expectProblem(400);
        api().get("/api/products?sortBy=name&sortOrder=sideways", superAdmin()).expectProblem(400);
    }

    @Test
    void shouldRefuseBadPagingParameters() {
        api().get("/api/products?limit=0", superAdmin()).expectProblem(400);
        api().get("/api/products?page=-1", superAdmin()).expectProblem(400);
        assertThat(api().get("/api/products?limit=ten", superAdmin()).expectProblem(400).errorFields())
                .containsExactly("limit");
        api().get("/api/products?categoryId=nope", superAdmin()).expectProblem(400);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
