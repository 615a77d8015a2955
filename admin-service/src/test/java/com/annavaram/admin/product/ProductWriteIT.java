package com.annavaram.admin.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Catalog;
import com.annavaram.model.catalog.Product;

import tools.jackson.databind.JsonNode;

/** A11–A14 and the stock call, asserted on the raw documents they leave. */
class ProductWriteIT extends ApiIntegration {

    private String categoryId;
    private String categoryName;

    @BeforeEach
    void category() {
        categoryName = Catalog.unique("Sweets");
        categoryId = Catalog.category(api(), superAdmin(), categoryName);
    }

    @Test
    void shouldCreateAProductWithBothNamesOfEveryPairAndACategoryName() {
        JsonNode created = Catalog.product(api(), superAdmin(), categoryId, "Kakinada Kaja", 12);

        Document raw = raw(Product.COLLECTION, new ObjectId(created.get("_id").asString()));
        assertThat(raw.get(Product.STOCK)).isEqualTo(12);
        assertThat(raw.get(Product.TOTAL_STOCK)).isEqualTo(12);
        assertThat(raw.getString(Product.CATEGORY)).isEqualTo(categoryName);
        assertThat(raw.getList(Product.IMAGES, String.class)).containsExactly(raw.getString(Product.IMAGE_URL));
        assertThat(raw.get(Product.PRICE)).isEqualTo(Decimal128.parse("250.00"));
        assertThat(raw.getString(Product.SLUG)).startsWith("kakinada-kaja");
        assertThat(created.get("categoryId").get("name").asString()).isEqualTo(categoryName);
        assertThat(created.get("maxUnitsPerUser").asInt()).isEqualTo(1);
    }

    @Test
    void shouldUseTheWholeStockAsLimitForUnlimitedPurchaseWithoutALimit() {
        String body = Catalog.productBody(categoryId, "Ghee Jar", "499.5", 40, true)
                .replace("\"isUnlimitedPurchase\":false", "\"isUnlimitedPurchase\":true");

        JsonNode created = api().post("/api/products", superAdmin(), body).expectOk(201).data();

        assertThat(created.get("maxUnitsPerUser").asInt()).isEqualTo(40);
        assertThat(created.get("price").decimalValue()).isEqualByComparingTo("499.5");
    }

    @Test
    void shouldCreateAProductWithNoStockSwitchedOffAndHonourIsActiveSent() {
        JsonNode empty = api().post("/api/products", superAdmin(),
                Catalog.productBody(categoryId, "Empty Shelf", "10", 0, true)).expectOk(201).data();
        JsonNode hidden = api().post("/api/products", superAdmin(),
                Catalog.productBody(categoryId, "Hidden Jar", "10", 5, false)).expectOk(201).data();

        assertThat(empty.get("isActive").asBoolean()).isFalse();
        assertThat(hidden.get("isActive").asBoolean()).isFalse();
    }

    @Test
    void shouldGiveProductsOfTheSameNameDistinctSlugs() {
        String first = Catalog.product(api(), superAdmin(), categoryId, "Same Name Laddu", 1).get("slug").asString();
        String second = Catalog.product(api(), superAdmin(), categoryId, "Same Name Laddu", 1).get("slug").asString();

        assertThat(first).isNotEqualTo(second);
        assertThat(second).startsWith(first);
    }

    @Test
    void shouldGiveANonLatinNameAStableSlug() {
        JsonNode created = Catalog.product(api(), superAdmin(), categoryId, "పూతరేకులు", 3);

        assertThat(created.get("slug").asString()).matches("product-[0-9a-f]{6}(-\\d+)?");
    }

    @Test
    void shouldEditAllFieldsAndSwitchOffAtZeroStock() {
        String id = Catalog.product(api(), superAdmin(), categoryId, "Bellam Gavvalu", 8).get("_id").asString();
        String otherCategory = Catalog.category(api(), superAdmin(), Catalog.unique("Snacks"));

        JsonNode edited = api().put("/api/products/" + id, superAdmin(),
                Catalog.productBody(otherCategory, "Bellam Gavvalu 500g", "320", 0, true)).expectOk().data();

        assertThat(edited.get("name").asString()).isEqualTo("Bellam Gavvalu 500g");
        assertThat(edited.get("isActive").asBoolean()).isFalse();
        assertThat(edited.get("version").asLong()).isEqualTo(1);
        Document raw = raw(Product.COLLECTION, new ObjectId(id));
        assertThat(raw.get(Product.STOCK)).isEqualTo(0);
        assertThat(raw.get(Product.TOTAL_STOCK)).isEqualTo(0);
        assertThat(raw.get(Product.CATEGORY_ID)).isEqualTo(new ObjectId(otherCategory));
        assertThat(raw.getString(Product.CATEGORY)).startsWith("Snacks");
        assertThat(raw.getList(Product.IMAGES, String.class).get(0)).isEqualTo(raw.getString(Product.IMAGE_URL))
                .contains("Bellam-Gavvalu-500g");
    }

    @Test
    void shouldSetStockUnderBothNames() {
        String id = Catalog.product(api(), superAdmin(), categoryId, "Chekkalu", 2).get("_id").asString();

        api().patch("/api/products/" + id + "/stock", superAdmin(), "{\"stock\":75}").expectOk();

        Document raw = raw(Product.COLLECTION, new ObjectId(id));
        assertThat(raw.get(Product.STOCK)).isEqualTo(75);
        assertThat(raw.get(Product.TOTAL_STOCK)).isEqualTo(75);
    }

    @Test
    void shouldToggleAndRefuseToEnableAProductWithoutStock() {
        String id = Catalog.product(api(), superAdmin(), categoryId, "Sunnundalu", 1).get("_id").asString();

        assertThat(api().patch("/api/products/" + id + "/toggle-status", superAdmin(), null).expectOk().data()
                .get("isActive").asBoolean()).isFalse();
        api().patch("/api/products/" + id + "/stock", superAdmin(), "{\"stock\":0}").expectOk();
        api().patch("/api/products/" + id + "/toggle-status", superAdmin(), null).expectProblem(400);
        assertThat(raw(Product.COLLECTION, new ObjectId(id)).getBoolean(Product.IS_ACTIVE)).isFalse();
    }

    @Test
    void shouldSoftDeleteAndHideTheProduct() {
        String id = Catalog.product(api(), superAdmin(), categoryId, "Old Stock", 4).get("_id").asString();

        api().delete("/api/products/" + id, superAdmin()).expectOk();

        Document raw = raw(Product.COLLECTION, new ObjectId(id));
        assertThat(raw.getBoolean(Product.IS_DELETED)).isTrue();
        assertThat(raw.getBoolean(Product.IS_ACTIVE)).isFalse();
        api().get("/api/products/" + id, superAdmin()).expectProblem(404);
        api().delete("/api/products/" + id, superAdmin()).expectProblem(404);
        assertThat(ids(api().get("/api/products?search=Old%20Stock", superAdmin()).data()))
                .doesNotContain(id);
    }

    @Test
    void shouldRepairEveryPairOfALegacyProductItEdits() {
        // A storefront product whose stock names disagree (74 and 81) and whose imageUrl is not images[0].
        ObjectId legacy = new ObjectId("d3b290f7cc2389ae2884c11d");

        api().patch("/api/products/" + legacy + "/toggle-status", superAdmin(), null).expectOk();

        Document raw = raw(Product.COLLECTION, legacy);
        assertThat(raw.get(Product.STOCK)).isEqualTo(74);
        assertThat(raw.get(Product.TOTAL_STOCK)).isEqualTo(74);
        assertThat(raw.getList(Product.IMAGES, String.class).get(0)).isEqualTo(raw.getString(Product.IMAGE_URL));
    }

    @Test
    void shouldFindAProductBySlug() {
        JsonNode created = Catalog.product(api(), superAdmin(), categoryId, "Slug Lookup Mixture", 3);

        JsonNode found = api().get("/api/products/" + created.get("slug").asString(), superAdmin()).expectOk().data();

        assertThat(found.get("_id").asString()).isEqualTo(created.get("_id").asString());
    }
}
