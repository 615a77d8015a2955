package com.annavaram.admin.contract;

import static com.annavaram.admin.contract.ContractAssertions.isBoolean;
import static com.annavaram.admin.contract.ContractAssertions.isId;
import static com.annavaram.admin.contract.ContractAssertions.isInt;
import static com.annavaram.admin.contract.ContractAssertions.isNumber;
import static com.annavaram.admin.contract.ContractAssertions.isText;
import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Catalog;
import com.annavaram.model.catalog.Product;

import tools.jackson.databind.JsonNode;

/** A9 and A11–A14 of CLIENTS.md, on the legacy data set: the products page. */
class ProductContractIT extends ApiIntegration {

    private static final String TELUGU_SNACKS = "76428c7a968a89b8c51ae08b";

    @Test
    void shouldServeA9EveryProductWithAPopulatedCategory() {
        JsonNode body = api().get("/api/products", superAdmin()).expectOk().json();
        JsonNode data = body.get("data");

        assertThat(data.size()).isGreaterThan(20).isEqualTo(body.get("pagination").get("total").asInt());
        for (JsonNode product : data) {
            String name = product.get("name").asString();
            isId(product.get("_id"), name + "._id");
            isText(product.get("name"), "name");
            assertThat(product.get("imageUrl").isString() || product.get("imageUrl").isNull()).isTrue();
            JsonNode category = product.get("categoryId");
            assertThat(category.isObject()).as("%s.categoryId is an object", name).isTrue();
            isText(category.get("name"), name + ".categoryId.name");
            assertThat(category.has("_id")).isTrue();
            isNumber(product.get("price"), name + ".price");
            isInt(product.get("totalStock"), name + ".totalStock");
            isBoolean(product.get("isActive"), name + ".isActive");
            isBoolean(product.get("isUnlimitedPurchase"), name + ".isUnlimitedPurchase");
            isInt(product.get("maxUnitsPerUser"), name + ".maxUnitsPerUser");
        }
    }

    @Test
    void shouldResolveTheCategoryOfALegacyProductByItsName() {
        // "Kobbari Undalu" was stored by the storefront with category "Telugu Snacks" and no categoryId.
        JsonNode product = api().get("/api/products/381f5278ce65630acd4557de", superAdmin()).expectOk().data();

        assertThat(product.get("categoryId").get("_id").asString()).isEqualTo(TELUGU_SNACKS);
        assertThat(product.get("categoryId").get("name").asString()).isEqualTo("Telugu Snacks");
    }

    @Test
    void shouldKeepAnUnknownLegacyCategoryNameWithoutAnId() {
        // "Sweets & More" names no category.
        JsonNode category = api().get("/api/products/910495b64d4b55afe5316b34", superAdmin()).expectOk().data()
                .get("categoryId");

        assertThat(category.get("_id").isNull()).isTrue();
        assertThat(category.get("name").asString()).isEqualTo("Sweets & More");
    }

    @Test
    void shouldServeA11CreateWithTheBodyThePanelSends() {
        String body = "{\"name\":\"A11 Pootharekulu\",\"categoryId\":\"" + TELUGU_SNACKS + "\",\"price\":450,"
                + "\"totalStock\":30,\"isUnlimitedPurchase\":false,\"maxUnitsPerUser\":null,"
                + "\"imageUrl\":\"https://img.example/a11.jpg\",\"isActive\":true}";

        JsonNode created = api().post("/api/products", superAdmin(), body).expectOk(201).json();

        assertThat(created.get("success").asBoolean()).isTrue();
        Document raw = raw(Product.COLLECTION, new ObjectId(created.get("data").get("_id").asString()));
        assertThat(raw.getString(Product.CATEGORY)).isEqualTo("Telugu Snacks");
        isText(api().post("/api/products", superAdmin(), body.replace("450", "0")).expectProblem(400).json()
                .get("message"), "message");
    }

    @Test
    void shouldServeA12EditOfALegacyProduct() {
        String body = "{\"name\":\"Kobbari Undalu\",\"categoryId\":\"" + TELUGU_SNACKS + "\",\"price\":180,"
                + "\"totalStock\":60,\"isUnlimitedPurchase\":true,\"maxUnitsPerUser\":60,"
                + "\"imageUrl\":\"https://img.example/kobbari.jpg\",\"isActive\":true}";

        api().put("/api/products/381f5278ce65630acd4557de", superAdmin(), body).expectOk();

        Document raw = raw(Product.COLLECTION, new ObjectId("381f5278ce65630acd4557de"));
        assertThat(raw.get(Product.TOTAL_STOCK)).isEqualTo(60);
        assertThat(raw.get(Product.CATEGORY_ID)).isEqualTo(new ObjectId(TELUGU_SNACKS));
        assertThat(raw.getList(Product.IMAGES, String.class).get(0)).isEqualTo("https://img.example/kobbari.jpg");
    }

    @Test
    void shouldServeA13ToggleAndRefuseToEnableWithoutStock() {
        String legacy = "6f4bb3e8ba39dcb7c25a94bf";

        api().patch("/api/products/" + legacy + "/toggle-status", superAdmin(), null).expectOk();
        assertThat(raw(Product.COLLECTION, new ObjectId(legacy)).getBoolean(Product.IS_ACTIVE)).isFalse();
        String category = Catalog.category(api(), superAdmin(), Catalog.unique("A13"));
        String empty = api().post("/api/products", superAdmin(), Catalog.productBody(category, "A13 Empty", "5", 0,
                false)).expectOk(201).data().get("_id").asString();

        isText(api().patch("/api/products/" + empty + "/toggle-status", superAdmin(), null).expectProblem(400).json()
                .get("message"), "message");
    }

    @Test
    void shouldServeA14SoftDelete() {
        String legacy = "4ada152f1822eede61b0e88a";

        api().delete("/api/products/" + legacy, superAdmin()).expectOk();

        Document raw = raw(Product.COLLECTION, new ObjectId(legacy));
        assertThat(raw.getBoolean(Product.IS_DELETED)).isTrue();
        assertThat(raw.getBoolean(Product.IS_ACTIVE)).isFalse();
        assertThat(ids(api().get("/api/products", superAdmin()).data())).doesNotContain(legacy);
    }
}
