package com.annavaram.admin.contract;

import static com.annavaram.admin.contract.ContractAssertions.isInt;
import static com.annavaram.admin.contract.ContractAssertions.isNumber;
import static com.annavaram.admin.contract.ContractAssertions.isText;
import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Reply;
import com.annavaram.model.catalog.Product;

import tools.jackson.databind.JsonNode;

/** A1–A3 of CLIENTS.md, on the legacy data set: the login page and the dashboard. */
class AuthAndDashboardContractIT extends ApiIntegration {

    @Test
    void shouldServeA1LoginAsThePanelStoresIt() {
        JsonNode body = api().post("/api/auth/login", null,
                "{\"email\":\"" + LEGACY_ADMIN_EMAIL + "\",\"password\":\"" + LEGACY_PASSWORD + "\"}").expectOk()
                .json();

        assertThat(body.get("success").asBoolean()).isTrue();
        isText(body.get("data").get("token"), "data.token");
        JsonNode admin = body.get("data").get("admin");
        assertThat(admin.get("id").asString()).isEqualTo(LEGACY_ADMIN_ID.toHexString());
        assertThat(admin.get("email").asString()).isEqualTo(LEGACY_ADMIN_EMAIL);
        isText(admin.get("role"), "data.admin.role");
    }

    @Test
    void shouldAnswerA1BadCredentialsWithAMessage() {
        Reply reply = api().post("/api/auth/login", null,
                "{\"email\":\"" + LEGACY_ADMIN_EMAIL + "\",\"password\":\"nope\"}").expectProblem(401);

        isText(reply.json().get("message"), "message");
        api().post("/api/auth/login", null, "{}").expectProblem(400);
    }

    @Test
    void shouldServeA2DashboardOrderFigures() {
        JsonNode data = api().get("/api/orders/stats", superAdmin()).expectOk().data();

        isInt(data.get("totalOrders"), "data.totalOrders");
        isNumber(data.get("totalRevenue"), "data.totalRevenue");
        assertThat(data.get("totalOrders").asLong()).isPositive();
        assertThat(data.get("totalRevenue").asDouble()).isPositive();
    }

    @Test
    void shouldServeA3TheProductCountThroughPagination() {
        long notDeleted = mongo.getDb().getCollection(Product.COLLECTION)
                .countDocuments(new Document(Product.IS_DELETED, new Document("$ne", true)));

        JsonNode body = api().get("/api/products?limit=1", superAdmin()).expectOk().json();

        isInt(body.get("pagination").get("total"), "pagination.total");
        assertThat(body.get("pagination").get("total").asLong()).isEqualTo(notDeleted);
        assertThat(body.get("data").size()).isEqualTo(1);
    }
}
