package com.annavaram.admin.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Reply;
import com.annavaram.model.customer.User;
import com.annavaram.model.payment.Payment;

import tools.jackson.databind.JsonNode;

/** Customers and payments, read-only, and never a secret in the answer. */
class CustomerAndPaymentIT extends ApiIntegration {

    private static final String CUSTOMER = "5a2de8db140a4fce5567841d";

    @Test
    void shouldPageCustomersWithoutSecrets() {
        Reply reply = api().get("/api/users?limit=5", superAdmin()).expectOk();

        assertThat(reply.data().size()).isEqualTo(5);
        assertThat(reply.json().get("pagination").get("total").asLong())
                .isEqualTo(mongo.getDb().getCollection(User.COLLECTION).countDocuments());
        assertThat(reply.body()).doesNotContain("passwordHash").doesNotContain("$2b$").doesNotContain("otpHash")
                .doesNotContain("emailVerification\"").doesNotContain("passwordReset").doesNotContain("session");
        assertThat(reply.data().get(0).get("hasPassword").asBoolean()).isTrue();
    }

    @Test
    void shouldSearchCustomersByNameOrEmailLiterally() {
        JsonNode byName = api().get("/api/users?search=customer%206", superAdmin()).expectOk().data();
        JsonNode byEmail = api().get("/api/users?search=CUSTOMER0%40EXAMPLE.TEST", superAdmin()).expectOk().data();
        JsonNode metacharacters = api().get("/api/users?search=.%2A", superAdmin()).expectOk().data();

        assertThat(byName.findValuesAsString("fullName")).containsExactly("Customer 6");
        assertThat(byEmail.findValuesAsString("email")).containsExactly("customer0@example.test");
        assertThat(metacharacters.size()).isZero();
    }

    @Test
    void shouldShowACustomerWithTheirOrders() {
        JsonNode customer = api().get("/api/users/" + CUSTOMER, superAdmin()).expectOk().data();

        assertThat(customer.get("_id").asString()).isEqualTo(CUSTOMER);
        assertThat(customer.get("orders").size()).isPositive().isEqualTo(customer.get("orderCount").asInt());
        customer.get("orders").forEach(order -> assertThat(order.get("userId").asString()).isEqualTo(CUSTOMER));
        assertThat(customer.has("passwordHash")).isFalse();
        api().get("/api/users/customer-6", superAdmin()).expectProblem(404);
        api().get("/api/users/" + new ObjectId(), superAdmin()).expectProblem(404);
    }

    @Test
    void shouldListPaymentsFilteredByOrderAndStatus() {
        Document payment = raw(Payment.COLLECTION).get(0);
        String order = payment.getObjectId(Payment.ORDER).toHexString();

        JsonNode byOrder = api().get("/api/payments?order=" + order, superAdmin()).expectOk().data();
        JsonNode captured = api().get("/api/payments?status=captured&limit=500", superAdmin()).expectOk().data();

        assertThat(byOrder.findValuesAsString("order")).isNotEmpty().containsOnly(order);
        assertThat(captured.findValuesAsString("status")).isNotEmpty().containsOnly("captured");
        assertThat(captured.get(0).get("amount").isNumber()).isTrue();
        assertThat(captured.get(0).has("rawResponse")).isFalse();
    }

    @Test
    void shouldRefuseUnknownPaymentFilters() {
        api().get("/api/payments?status=stolen", superAdmin()).expectProblem(400);
        api().get("/api/payments?order=ORD-1", superAdmin()).expectProblem(400);
    }
}
