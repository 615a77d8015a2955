package com.annavaram.user.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.user.support.Categories;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Products;
import com.annavaram.user.support.Storefront;
import com.annavaram.user.support.TestMongo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** S16: the products page's list, which never pages and sorts by price and name. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProductListIT {

    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;

    private CategoryEntity sweets;
    private CategoryEntity pickles;

    @BeforeEach
    void catalogue() {
        TestMongo.clean();
        sweets = Categories.sweets();
        pickles = Categories.sweets();
        pickles.setId(new ObjectId());
        pickles.setName("Pickles");
        pickles.setSlug("pickles");
        categories.persist(List.of(sweets, pickles));
    }

    @Test
    void shouldListEveryProductOnSaleWhenNoLimitIsSent() {
        List<ProductEntity> many = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            many.add(Products.onSale(sweets, "Laddu " + i, "10", 5));
        }
        ProductEntity hidden = Products.onSale(sweets, "Hidden Laddu", "10", 5);
        hidden.setIsActive(false);
        ProductEntity deleted = Products.onSale(sweets, "Deleted Laddu", "10", 5);
        deleted.setIsDeleted(true);
        many.add(hidden);
        many.add(deleted);
        products.persist(many);

        Storefront.cors(Storefront.request().get("/api/products").then()).statusCode(200)
                .body("success", equalTo(true)).body("data", hasSize(130)).body("meta.page", equalTo(1))
                .body("meta.limit", equalTo(ProductQuery.MAX_ITEMS)).body("meta.totalItems", equalTo(130))
                .body("meta.totalPages", equalTo(1));
        Storefront.request().queryParam("limit", 50).queryParam("page", 3).get("/api/products").then()
                .statusCode(200).body("data", hasSize(30)).body("meta.totalPages", equalTo(3));
    }

    @Test
    void shouldFilterByCategoryNameInAnyCaseMatchingTheIdOrTheLegacyString() {
        products.persist(List.of(Products.onSale(sweets, "Kaja", "100", 5),
                Products.onSale(pickles, "Mango Pickle", "200", 5)));
        TestMongo.raw(CollectionNames.PRODUCTS).insertMany(List.of(
                legacy("Ariselu", 80).append("category", "sweets"),
                legacy("Boondi", 90).append("categoryId", sweets.getId()).append("category", "Sweets")));

        List<String> names = names(Storefront.request().queryParam("category", "SWEETS").get("/api/products"));
        assertThat(names).containsExactlyInAnyOrder("Kaja", "Ariselu", "Boondi");
        assertThat(names(Storefront.request().queryParam("categoryId", pickles.getId().toHexString())
                .get("/api/products"))).containsExactly("Mango Pickle");
        assertThat(names(Storefront.request().queryParam("category", "Nowhere").get("/api/products"))).isEmpty();
    }

    @Test
    void shouldSearchNameDescriptionAndCategoryLiterally() {
        products.persist(List.of(Products.onSale(sweets, "Kaja (Kakinada)", "100", 5),
                Products.onSale(pickles, "Gongura", "120", 5), Products.onSale(sweets, "Pootharekulu", "90", 5)));

        assertThat(names(Storefront.request().queryParam("search", "(kakinada)").get("/api/products")))
                .containsExactly("Kaja (Kakinada)");
        assertThat(names(Storefront.request().queryParam("search", "PICKLES").get("/api/products")))
                .containsExactly("Gongura");
        assertThat(names(Storefront.request().queryParam("search", ".*").get("/api/products"))).isEmpty();
        assertThat(names(Storefront.request().queryParam("search", "fresh poothar").get("/api/products")))
                .containsExactly("Pootharekulu");
    }

    @Test
    void shouldSortByPriceBothWaysAndByNameAlwaysFromAToZ() {
        products.persist(List.of(Products.onSale(sweets, "banana chips", "30", 5),
                Products.onSale(sweets, "Almond Laddu", "250.5", 5), Products.onSale(sweets, "Cashew", "99", 5)));
        TestMongo.raw(CollectionNames.PRODUCTS).insertOne(legacy("  Dates ", 45));

        assertThat(names(sorted("price-low", "asc"))).containsExactly("banana chips", "  Dates ", "Cashew",
                "Almond Laddu");
        assertThat(names(sorted("price-high", "desc"))).containsExactly("Almond Laddu", "Cashew", "  Dates ",
                "banana chips");
        assertThat(names(sorted("name", "desc"))).containsExactly("Almond Laddu", "banana chips", "Cashew",
                "  Dates ");
        assertThat(names(sorted("price", "desc"))).first().isEqualTo("Almond Laddu");
        assertThat(names(sorted("price", null))).first().isEqualTo("banana chips");
    }

    @Test
    void shouldSortNewestFirstByDefaultAndOldestOnRequest() {
        ProductEntity old = Products.onSale(sweets, "Old", "10", 5);
        old.setCreatedAt(Instant.parse("2024-01-01T00:00:00Z"));
        ProductEntity fresh = Products.onSale(sweets, "Fresh", "10", 5);
        fresh.setCreatedAt(Instant.parse("2026-01-01T00:00:00Z"));
        products.persist(List.of(old, fresh));

        assertThat(names(Storefront.request().get("/api/products"))).containsExactly("Fresh", "Old");
        assertThat(names(sorted("oldest", null))).containsExactly("Old", "Fresh");
    }

    @Test
    void shouldFilterByPriceRange() {
        products.persist(List.of(Products.onSale(sweets, "Cheap", "10", 5), Products.onSale(sweets, "Mid", "50.25",
                5), Products.onSale(sweets, "Dear", "500", 5)));

        assertThat(names(Storefront.request().queryParam("minPrice", "50.25").queryParam("maxPrice", "100")
                .get("/api/products"))).containsExactly("Mid");
    }

    @Test
    void shouldSortByRatingCountingLegacyProductsWithoutStoredFigures() {
        ProductEntity rated = Products.onSale(sweets, "Rated", "10", 5);
        rated.setAverageRating(4.0);
        rated.setReviewCount(2);
        products.persist(rated);
        Document legacy = legacy("Legacy", 20);
        TestMongo.raw(CollectionNames.PRODUCTS).insertOne(legacy);
        TestMongo.raw(CollectionNames.REVIEWS).insertMany(List.of(
                review(legacy.get("_id"), 5, true), review(legacy.get("_id"), 1, false)));

        JsonPath body = sorted("rating", null).jsonPath();

        assertThat(body.getList("data.name", String.class)).containsExactly("Legacy", "Rated");
        assertThat(body.getDouble("data[0].averageRating")).isEqualTo(5.0);
        assertThat(body.getInt("data[0].reviewCount")).isEqualTo(1);
        assertThat(body.getDouble("data[1].averageRating")).isEqualTo(4.0);
    }

    @Test
    void shouldAnswerTheTrailingSlashDirectly() {
        products.persist(Products.onSale(sweets, "Kaja", "100", 5));

        Storefront.request().redirects().follow(false).get("/api/products/").then().statusCode(200)
                .body("data", hasSize(1));
    }

    private static Response sorted(String sortBy, String sortOrder) {
        var request = Storefront.request().queryParam("sortBy", sortBy);
        if (sortOrder != null) {
            request.queryParam("sortOrder", sortOrder);
        }
        return request.get("/api/products");
    }

    private static List<String> names(Response response) {
        response.then().statusCode(200);
        return response.jsonPath().getList("data.name", String.class);
    }

    /** A review with no stored figures on its product; both names of every pair, as the checker wants. */
    private static Document review(Object product, int rating, boolean approved) {
        ObjectId user = new ObjectId();
        return new Document("user", user).append("userId", user).append("product", product)
                .append("productId", product).append("rating", rating).append("comment", "text")
                .append("reviewText", "text").append("isApproved", approved);
    }

    private static Document legacy(String name, Object price) {
        return new Document("_id", new ObjectId()).append("name", name).append("price", price)
                .append("stock", 3).append("totalStock", 3).append("isActive", true);
    }
}
