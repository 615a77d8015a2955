package com.annavaram.admin.contract;

import static com.annavaram.admin.contract.ContractAssertions.isBoolean;
import static com.annavaram.admin.contract.ContractAssertions.isDate;
import static com.annavaram.admin.contract.ContractAssertions.isId;
import static com.annavaram.admin.contract.ContractAssertions.isText;
import static org.assertj.core.api.Assertions.assertThat;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Catalog;
import com.annavaram.model.catalog.Category;

import tools.jackson.databind.JsonNode;

/** A4–A8 and A10 of CLIENTS.md, on the legacy data set: the categories page and the product form's dropdown. */
class CategoryContractIT extends ApiIntegration {

    @Test
    void shouldServeA4EveryCategoryNewestFirst() {
        JsonNode data = api().get("/api/categories", superAdmin()).expectOk().data();

        assertThat(data.size()).isGreaterThanOrEqualTo(6);
        for (JsonNode category : data) {
            isId(category.get("_id"), "_id");
            isText(category.get("name"), "name");
            isBoolean(category.get("isActive"), "isActive");
            isDate(category.get("createdAt"), "createdAt");
        }
        assertThat(data.findValuesAsString("name")).contains("Telugu Snacks", "Podis & Spices");
    }

    @Test
    void shouldServeA5CreateAndItsDuplicateMessage() {
        String name = Catalog.unique("A5 Sweets");
        JsonNode created = api().post("/api/categories", superAdmin(), "{\"name\":\"" + name + "\"}").expectOk(201)
                .json();

        assertThat(created.get("success").asBoolean()).isTrue();
        isText(api().post("/api/categories", superAdmin(), "{\"name\":\"" + name + "\"}").expectProblem(409).json()
                .get("message"), "message");
    }

    @Test
    void shouldServeA6EditAndItsNotFoundMessage() {
        String id = Catalog.category(api(), superAdmin(), Catalog.unique("A6 Before"));
        String renamed = Catalog.unique("A6 After");

        api().put("/api/categories/" + id, superAdmin(), "{\"name\":\"" + renamed + "\"}").expectOk();

        assertThat(raw(Category.COLLECTION, new ObjectId(id)).getString(Category.NAME)).isEqualTo(renamed);
        isText(api().put("/api/categories/" + new ObjectId(), superAdmin(), "{\"name\":\"x\"}").expectProblem(404)
                .json().get("message"), "message");
    }

    @Test
    void shouldServeA7ToggleWithoutABody() {
        ObjectId inactiveLegacy = new ObjectId("46933030b63798fa6d49c9d8");

        api().patch("/api/categories/" + inactiveLegacy + "/toggle-status", superAdmin(), null).expectOk();

        assertThat(raw(Category.COLLECTION, inactiveLegacy).getBoolean(Category.IS_ACTIVE)).isTrue();
    }

    @Test
    void shouldServeA8DeleteAndRefuseItForACategoryInUse() {
        String unused = Catalog.category(api(), superAdmin(), Catalog.unique("A8 Unused"));

        api().delete("/api/categories/" + unused, superAdmin()).expectOk();
        isText(api().delete("/api/categories/76428c7a968a89b8c51ae08b", superAdmin()).expectProblem(409).json()
                .get("message"), "message");
    }

    @Test
    void shouldServeA10ActiveCategoriesByName() {
        JsonNode data = api().get("/api/categories/active", superAdmin()).expectOk().data();

        for (JsonNode category : data) {
            isId(category.get("_id"), "_id");
            isText(category.get("name"), "name");
            assertThat(category.get("isActive").asBoolean()).isTrue();
        }
        assertThat(data.findValuesAsString("name")).isSorted().contains("Chocolates", "Pickles");
    }
}
