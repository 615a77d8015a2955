package com.annavaram.admin.category;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Catalog;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;

import tools.jackson.databind.JsonNode;

/** A4–A8 and A10, and what a category change does to its products. */
class CategoryIT extends ApiIntegration {

    @Test
    void shouldCreateACategoryAndRefuseItsNameInAnyCase() {
        String name = Catalog.unique("Podis");
        Catalog.category(api(), superAdmin(), name);

        api().post("/api/categories", superAdmin(), "{\"name\":\"" + name.toUpperCase() + "\"}").expectProblem(409);
        assertThat(api().post("/api/categories", superAdmin(), "{\"name\":\"  \"}").expectProblem(400).errorFields())
                .containsExactly("/name");
        api().post("/api/categories", superAdmin(), "{}").expectProblem(400);
    }

    @Test
    void shouldRenameTheCategoryOnItsProducts() {
        String id = Catalog.category(api(), superAdmin(), Catalog.unique("Karam"));
        String productId = Catalog.product(api(), superAdmin(), id, "Nalla Karam", 5).get("_id").asString();
        String renamed = Catalog.unique("Karam Podis");

        api().put("/api/categories/" + id, superAdmin(), "{\"name\":\"" + renamed + "\"}").expectOk();

        Document product = raw(Product.COLLECTION, new ObjectId(productId));
        assertThat(product.getString(Product.CATEGORY)).isEqualTo(renamed);
        assertThat(api().get("/api/products/" + productId, superAdmin()).data().get("categoryId").get("name")
                .asString()).isEqualTo(renamed);
    }

    @Test
    void shouldRenameTheCategoryOnLegacyProductsThatCarryOnlyItsName() {
        // "Dry Fruits" names four storefront products that have no categoryId.
        ObjectId dryFruits = new ObjectId("7b982ff13ad8132f0e2367c3");
        ObjectId legacyProduct = new ObjectId("bb14285d6a01c9f890000674");

        api().put("/api/categories/" + dryFruits, superAdmin(), "{\"name\":\"Dry Fruits & Nuts\"}").expectOk();

        Document product = raw(Product.COLLECTION, legacyProduct);
        assertThat(product.getString(Product.CATEGORY)).isEqualTo("Dry Fruits & Nuts");
        assertThat(product.get(Product.CATEGORY_ID)).isEqualTo(dryFruits);
        assertThat(product.get(Product.TOTAL_STOCK)).isEqualTo(product.get(Product.STOCK));
    }

    @Test
    void shouldRefuseToDisableOrDeleteACategoryInUse() {
        String id = Catalog.category(api(), superAdmin(), Catalog.unique("In Use"));
        String productId = Catalog.product(api(), superAdmin(), id, "Used Product", 5).get("_id").asString();

        api().patch("/api/categories/" + id + "/toggle-status", superAdmin(), null).expectProblem(409);
        api().put("/api/categories/" + id, superAdmin(), "{\"isActive\":false}").expectProblem(409);
        JsonNode refusal = api().delete("/api/categories/" + id, superAdmin()).expectProblem(409).json();

        assertThat(refusal.get("productCount").asLong()).isEqualTo(1);
        api().delete("/api/products/" + productId, superAdmin()).expectOk();
        api().delete("/api/categories/" + id, superAdmin()).expectOk();
        assertThat(raw(Category.COLLECTION, new ObjectId(id)).getBoolean(Category.IS_DELETED)).isTrue();
    }

    @Test
    void shouldRefuseToDisableALegacyCategoryItsStorefrontProductsUseByName() {
        api().patch("/api/categories/9e3b3748d688af4e11a5099c/toggle-status", superAdmin(), null).expectProblem(409);
    }

    @Test
    void shouldToggleAnUnusedCategoryAndListActiveOnesByName() {
        String name = Catalog.unique("Aaa Seasonal");
        String id = Catalog.category(api(), superAdmin(), name);

        JsonNode active = api().get("/api/categories/active", superAdmin()).expectOk().data();
        assertThat(active.findValuesAsString("name")).contains(name).isSorted();
        api().patch("/api/categories/" + id + "/toggle-status", superAdmin(), null).expectOk();

        assertThat(ids(api().get("/api/categories/active", superAdmin()).data()))
                .doesNotContain(id);
    }

    @Test
    void shouldHideADeletedCategoryAndReviveItWhenCreatedAgain() {
        String name = Catalog.unique("Festive");
        String id = Catalog.category(api(), superAdmin(), name);
        api().delete("/api/categories/" + id, superAdmin()).expectOk();

        assertThat(ids(api().get("/api/categories", superAdmin()).data())).doesNotContain(id);
        api().get("/api/categories/" + id, superAdmin()).expectProblem(404);
        String again = Catalog.category(api(), superAdmin(), name);

        assertThat(again).isEqualTo(id);
    }
}
