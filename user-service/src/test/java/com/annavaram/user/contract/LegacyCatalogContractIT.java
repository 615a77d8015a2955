package com.annavaram.user.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.annavaram.user.support.LegacyMongoResource;
import com.annavaram.user.support.LegacyProfile;
import com.annavaram.user.support.Storefront;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** S16–S18 replayed on the legacy data set, asserting exactly the fields the storefront reads. */
@QuarkusTest
@TestProfile(LegacyProfile.class)
@WithTestResource(value = LegacyMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class LegacyCatalogContractIT {

    @BeforeAll
    static void legacySet() {
        LegacyMongoResource.reload();
    }

    @Test
    void s16ShouldListEveryProductOnSaleWithTheFieldsTheProductsPageReads() {
        long onSale = LegacyData.fixtures().get("products").stream()
                .filter(p -> Boolean.TRUE.equals(p.get("isActive")) && !Boolean.TRUE.equals(p.get("isDeleted")))
                .count();

        JsonPath body = Storefront.cors(Storefront.request().get("/api/products").then()).statusCode(200)
                .body("data", hasSize((int) onSale)).body("data.id", everyItem(matchesPattern("[0-9a-f]{24}")))
                .body("data.name", everyItem(instanceOf(String.class))).body("data.price", everyItem(notNullValue()))
                .body("data.category", everyItem(instanceOf(String.class)))
                .body("data.averageRating", everyItem(instanceOf(Number.class)))
                .body("data.reviewCount", everyItem(instanceOf(Integer.class)))
                .body("data.stock", everyItem(instanceOf(Integer.class)))
                .body("meta.totalItems", equalTo((int) onSale)).extract().jsonPath();

        for (Map<String, Object> product : body.<Map<String, Object>>getList("data")) {
            assertThat(product.get("_id")).isEqualTo(product.get("id"));
            assertThat(product.get("price")).isInstanceOf(Number.class);
            assertThat((List<?>) product.get("images")).isNotEmpty();
            assertThat(product.get("image")).isEqualTo(((List<?>) product.get("images")).get(0));
        }
        Map<String, Object> chips = product(body, LegacyData.JACKFRUIT_CHIPS.toHexString());
        assertThat(((Number) chips.get("averageRating")).doubleValue())
                .isEqualTo(LegacyData.averageRating(LegacyData.JACKFRUIT_CHIPS));
        assertThat(chips.get("reviewCount")).isEqualTo(1);
        assertThat(chips.get("stock")).as("only stock is stored").isEqualTo(49);
        assertThat(product(body, LegacyData.GROUNDNUT_OIL.toHexString()).get("stock"))
                .as("stock wins over a different totalStock").isEqualTo(74);
        assertThat(((Number) product(body, LegacyData.KOBBARI_UNDALU.toHexString()).get("averageRating"))
                .doubleValue()).isEqualTo(5.0);
    }

    @Test
    void s16ShouldFilterByTheCategoryNameTheLegacyProductsCarry() {
        List<String> expected = LegacyData.fixtures().get("products").stream()
                .filter(p -> "Telugu Snacks".equals(p.getString("category"))).map(p -> p.getString("name")).toList();

        List<String> names = Storefront.request().queryParam("category", "Telugu Snacks").get("/api/products")
                .then().statusCode(200).extract().jsonPath().getList("data.name", String.class);

        assertThat(expected).isNotEmpty();
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void s16ShouldSortAsTheSortMenuSays() {
        List<Float> low = prices("price-low", "asc");
        List<Float> high = prices("price-high", "desc");
        List<String> names = Storefront.request().queryParam("sortBy", "name").queryParam("sortOrder", "desc")
                .get("/api/products").then().statusCode(200).extract().jsonPath().getList("data.name", String.class);

        assertThat(low).isSorted();
        assertThat(high).isSortedAccordingTo(Comparator.reverseOrder());
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        assertThat(names).isSortedAccordingTo(Comparator.comparing(String::trim, collator));
    }

    @Test
    void s17ShouldAnswerALegacyProductByIdAndBySlug() {
        Document kobbari = LegacyData.rawById("products", LegacyData.KOBBARI_UNDALU);

        for (String ref : List.of(LegacyData.KOBBARI_UNDALU.toHexString(), "kobbari-undalu")) {
            Storefront.cors(Storefront.request().get("/api/products/" + ref).then()).statusCode(200)
                    .body("data.id", equalTo(LegacyData.KOBBARI_UNDALU.toHexString()))
                    .body("data.name", equalTo(kobbari.getString("name")))
                    .body("data.images[0]", equalTo(kobbari.getList("images", String.class).get(0)))
                    .body("data.category", equalTo("Telugu Snacks"))
                    .body("data.description", equalTo(kobbari.getString("description")))
                    .body("data.price", equalTo(258.0f)).body("data.stock", equalTo(76));
        }
        Storefront.problem(Storefront.request().get("/api/products/kakinada-kaja").then(), 404);
    }

    @Test
    void s18ShouldListALegacyProductsReviewsWithTheirAuthors() {
        Storefront.cors(Storefront.request().get("/api/reviews/products/" + LegacyData.KOBBARI_UNDALU
                + "?limit=20").then()).statusCode(200).body("data.reviews", hasSize(2))
                .body("data.reviews.rating", everyItem(equalTo(5)))
                .body("data.reviews.id", everyItem(matchesPattern("[0-9a-f]{24}")))
                .body("data.reviews.comment", everyItem(instanceOf(String.class)))
                .body("data.reviews.isVerifiedPurchase", everyItem(instanceOf(Boolean.class)))
                .body("data.reviews.createdAt", everyItem(matchesPattern(Storefront.ISO_UTC)))
                .body("data.reviews.user.fullName", everyItem(matchesPattern("Customer \\d+")))
                .body("data.reviews.user.id", everyItem(matchesPattern("[0-9a-f]{24}")))
                .body("data.stats.averageRating", equalTo(5.0f)).body("data.stats.totalReviews", equalTo(2));
    }

    private static List<Float> prices(String sortBy, String sortOrder) {
        return Storefront.request().queryParam("sortBy", sortBy).queryParam("sortOrder", sortOrder)
                .get("/api/products").then().statusCode(200).extract().jsonPath().getList("data.price", Float.class);
    }

    private static Map<String, Object> product(JsonPath body, String id) {
        return body.<Map<String, Object>>getList("data").stream().filter(p -> id.equals(p.get("id"))).findFirst()
                .orElseThrow();
    }
}
