package com.annavaram.user.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import jakarta.inject.Inject;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.user.support.Categories;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Products;
import com.annavaram.user.support.Storefront;
import com.annavaram.user.support.TestMongo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** S17 and the categories: one product by id or slug, 404 for anything not on sale. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProductDetailIT {

    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;

    private CategoryEntity sweets;

    @BeforeEach
    void catalogue() {
        TestMongo.clean();
        sweets = Categories.sweets();
        categories.persist(sweets);
    }

    @Test
    void shouldAnswerAProductByIdWithEveryFieldTheDetailPageReads() {
        ProductEntity ghee = Products.ghee(sweets);
        products.persist(ghee);

        Storefront.cors(Storefront.request().get("/api/products/" + ghee.getId().toHexString()).then())
                .statusCode(200).body("data.id", equalTo(ghee.getId().toHexString()))
                .body("data._id", equalTo(ghee.getId().toHexString())).body("data.name", equalTo("Cow Ghee 500ml"))
                .body("data.images[0]", equalTo(Products.DEFAULT_IMAGE))
                .body("data.image", equalTo(Products.DEFAULT_IMAGE)).body("data.category", equalTo("Sweets"))
                .body("data.description", equalTo("Slow-cooked cow ghee from Annavaram"))
                .body("data.price", equalTo(349.5f)).body("data.stock", equalTo(40))
                .body("data.averageRating", equalTo(4.5f)).body("data.reviewCount", equalTo(12))
                .body("data.slug", equalTo("cow-ghee-500ml"))
                .body("data.createdAt", equalTo("2025-03-04T05:06:07.089Z"));
    }

    @Test
    void shouldAnswerAProductBySlug() {
        ProductEntity ghee = Products.ghee(sweets);
        products.persist(ghee);

        Storefront.request().get("/api/products/Cow-Ghee-500ml").then().statusCode(200)
                .body("data.id", equalTo(ghee.getId().toHexString()));
    }

    @Test
    void shouldAnswer404ForUnknownInactiveAndDeletedProducts() {
        ProductEntity inactive = Products.onSale(sweets, "Inactive", "10", 5);
        inactive.setIsActive(false);
        ProductEntity deleted = Products.onSale(sweets, "Deleted", "10", 5);
        deleted.setIsDeleted(true);
        products.persist(List.of(inactive, deleted));

        for (String id : List.of(new ObjectId().toHexString(), "kakinada-kaja", inactive.getId().toHexString(),
                deleted.getId().toHexString(), "inactive", "$ne", "12345")) {
            Storefront.problem(Storefront.request().get("/api/products/" + id).then(), 404)
                    .body("detail", equalTo(ProductCatalog.NOT_FOUND));
        }
    }

    @Test
    void shouldListActiveCategoriesWithTheirProductCounts() {
        CategoryEntity hidden = Categories.sweets();
        hidden.setId(new ObjectId());
        hidden.setName("Hidden");
        hidden.setSlug("hidden");
        hidden.setIsActive(false);
        categories.persist(hidden);
        ProductEntity off = Products.onSale(sweets, "Off", "10", 5);
        off.setIsActive(false);
        products.persist(List.of(Products.onSale(sweets, "Kaja", "10", 5), Products.onSale(sweets, "Laddu", "10", 5),
                off));

        Storefront.cors(Storefront.request().get("/api/categories").then()).statusCode(200)
                .body("data", hasSize(1)).body("data.name", contains("Sweets"))
                .body("data[0].id", equalTo(sweets.getId().toHexString())).body("data[0].productCount", equalTo(2));
    }

    @Test
    void shouldRefuseQueriesThatAreNotPlainValues() {
        for (String[] query : new String[][]{{"sortBy", "price;drop"}, {"sortOrder", "sideways"},
                {"minPrice", "$gt"}, {"maxPrice", "-1"}, {"limit", "0"}, {"limit", "100000"}, {"page", "abc"},
                {"categoryId", "{\"$ne\":null}"}, {"search", "x".repeat(101)}}) {
            Storefront.problem(Storefront.request().queryParam(query[0], query[1]).get("/api/products").then(), 400);
        }
        Storefront.request().queryParam("category[$ne]", "x").get("/api/products").then().statusCode(200);
        Storefront.request().queryParam("category", "{\"$ne\":null}").get("/api/products").then().statusCode(200)
                .body("data", hasSize(0));
    }
}
