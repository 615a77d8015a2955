package com.annavaram.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.user.support.Accounts;
import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Storefront;
import com.annavaram.user.support.TestMongo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** S9–S12: the checkout page's saved addresses; every change answers with the full list. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AddressContractIT {

    private static final String ADDRESSES = "/api/auth/addresses";

    @Inject
    MockMailbox mailbox;

    private AuthClient.Session session;
    private String email;

    @BeforeEach
    void signUp() {
        email = Accounts.uniqueEmail("address");
        session = new AuthClient(mailbox).signedUp(email);
    }

    @Test
    void s9ShouldListNoAddressesForANewCustomer() {
        Storefront.cors(Storefront.authorized(session).get(ADDRESSES).then()).statusCode(200)
                .body("success", equalTo(true)).body("data.addresses", hasSize(0));
    }

    @Test
    void s10ShouldAddAnAddressAndAnswerTheFullList() {
        Storefront.cors(Storefront.authorized(session).contentType("application/json").body(Accounts.homeAddress())
                .post(ADDRESSES).then()).statusCode(201).body("data.addresses", hasSize(1))
                .body("data.addresses[0].id", matchesPattern("[0-9a-f]{32}"))
                .body("data.addresses[0].label", equalTo("Home"))
                .body("data.addresses[0].contactName", equalTo(Accounts.DEFAULT_NAME))
                .body("data.addresses[0].phone", equalTo(Accounts.DEFAULT_PHONE))
                .body("data.addresses[0].line1", equalTo("12 Temple Street"))
                .body("data.addresses[0].line2", equalTo("Near the ghat road"))
                .body("data.addresses[0].city", equalTo("Annavaram"))
                .body("data.addresses[0].state", equalTo("Andhra Pradesh"))
                .body("data.addresses[0].postalCode", equalTo("533406"))
                .body("data.addresses[0].country", equalTo("IN"))
                .body("data.addresses[0].isDefault", equalTo(false)).body("data.address.city", equalTo("Annavaram"));

        Document stored = TestMongo.raw(CollectionNames.USERS).find(new Document("email", email)).first();
        Document address = stored.getList("addresses", Document.class).get(0);
        assertThat(address.getString("id")).hasSize(32);
        assertThat(address.containsKey("_id")).isFalse();
        assertThat(address.getBoolean("isDefault")).isFalse();
    }

    @Test
    void s10ShouldKeepOneDefaultAndRefuseASixthAddress() {
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = Accounts.homeAddress();
            body.put("line1", (i + 1) + " Temple Street");
            body.put("isDefault", i == 1 || i == 3);
            add(body).then().statusCode(201).body("data.addresses", hasSize(i + 1));
        }

        List<Boolean> defaults = Storefront.authorized(session).get(ADDRESSES).then().statusCode(200).extract()
                .path("data.addresses.isDefault");
        assertThat(defaults).containsExactly(false, false, false, true, false);
        Storefront.problem(add(Accounts.homeAddress()).then(), 400)
                .body("detail", equalTo("You can save at most 5 addresses."));
    }

    @Test
    void s10ShouldRequireLineCityStateAndAPostalCodeOfThreeCharacters() {
        Map<String, Object> body = Accounts.homeAddress();
        body.remove("line1");
        body.put("city", " ");
        body.put("postalCode", "53");

        List<String> pointers = Storefront.problem(add(body).then(), 400).extract().path("errors.pointer");

        assertThat(pointers).containsExactlyInAnyOrder("/city", "/line1", "/postalCode");
    }

    @Test
    void s11ShouldEditAnAddressAndKeepItsId() {
        String id = add(Accounts.homeAddress()).then().statusCode(201).extract().path("data.addresses[0].id");
        Map<String, Object> body = Accounts.homeAddress();
        body.put("city", "Kakinada");
        body.put("country", "India");
        body.put("isDefault", true);

        Storefront.cors(Storefront.authorized(session).contentType("application/json").body(body)
                .put(ADDRESSES + "/" + id).then()).statusCode(200).body("data.addresses", hasSize(1))
                .body("data.addresses[0].id", equalTo(id)).body("data.addresses[0].city", equalTo("Kakinada"))
                .body("data.addresses[0].country", equalTo("India"))
                .body("data.addresses[0].isDefault", equalTo(true));
    }

    @Test
    void s11AndS12ShouldAnswer404ForAnUnknownAddress() {
        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body(Accounts.homeAddress()).put(ADDRESSES + "/no-such-id").then(), 404);
        Storefront.problem(Storefront.authorized(session).delete(ADDRESSES + "/no-such-id").then(), 404);
    }

    @Test
    void s12ShouldDeleteAnAddressAndAnswerTheRest() {
        String first = add(Accounts.homeAddress()).then().statusCode(201).extract().path("data.addresses[0].id");
        Map<String, Object> office = Accounts.homeAddress();
        office.put("label", "Office");
        add(office).then().statusCode(201);

        Storefront.cors(Storefront.authorized(session).delete(ADDRESSES + "/" + first).then()).statusCode(200)
                .body("data.addresses", hasSize(1)).body("data.addresses[0].label", equalTo("Office"));
    }

    @Test
    void shouldShowTheAddressesInTheSessionUser() {
        add(Accounts.homeAddress()).then().statusCode(201);

        Storefront.authorized(session).get("/api/auth/me").then().statusCode(200)
                .body("data.user.addresses", hasSize(1)).body("data.user.addresses[0].isDefault", equalTo(false));
    }

    private Response add(Map<String, Object> body) {
        return Storefront.authorized(session).contentType("application/json").body(body).post(ADDRESSES);
    }
}
