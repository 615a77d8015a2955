package com.annavaram.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.testsupport.LegacyFixtures;
import com.annavaram.user.support.Accounts;
import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Storefront;
import com.annavaram.user.support.TestMongo;
import com.mongodb.client.model.Filters;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The customers of the legacy data set (passlib {@code $2b$} hashes) log in with their old password. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class LegacyLoginIT {

    private static List<Document> legacyUsers;

    @BeforeAll
    static void loadLegacyUsers() {
        legacyUsers = LegacyFixtures.read().get(CollectionNames.USERS);
        removeLegacyUsers();
        TestMongo.raw(CollectionNames.USERS).insertMany(legacyUsers);
    }

    @AfterAll
    static void removeLegacyUsers() {
        TestMongo.raw(CollectionNames.USERS).deleteMany(Filters.in("_id", legacyUsers.stream().map(d -> d.get("_id"))
                .toList()));
    }

    @Test
    void shouldLogEveryVerifiedLegacyCustomerInWithTheLegacyPassword() {
        List<Document> verified = legacyUsers.stream().filter(user -> user.getBoolean("emailVerified", false))
                .toList();
        assertThat(verified).isNotEmpty().allSatisfy(user -> assertThat(user.getString("passwordHash"))
                .startsWith("$2b$"));

        for (Document user : verified) {
            String email = user.getString("email");
            AuthClient.Session session = Storefront.sessionResponse(Storefront.json(Accounts.login(email,
                    Accounts.LEGACY_PASSWORD)).post("/api/auth/login").then(), email);
            assertThat(session.userId()).isEqualTo(user.getObjectId("_id").toHexString());
        }
    }

    @Test
    void shouldReadTheLegacyAddressesWithTheirIds() {
        Document user = legacyUsers.get(0);
        List<Document> addresses = user.getList("addresses", Document.class);
        AuthClient.Session session = AuthClient.session(Storefront.json(Accounts.login(user.getString("email"),
                Accounts.LEGACY_PASSWORD)).post("/api/auth/login").then().statusCode(200).extract());

        Storefront.authorized(session).get("/api/auth/addresses").then().statusCode(200)
                .body("data.addresses", hasSize(addresses.size()))
                .body("data.addresses[0].id", equalTo(addresses.get(0).getString("id")))
                .body("data.addresses[0].isDefault", equalTo(false));
    }

    @Test
    void shouldRefuseAWrongPasswordAndAnUnverifiedLegacyCustomer() {
        Document anyVerified = legacyUsers.stream().filter(user -> user.getBoolean("emailVerified", false))
                .findFirst().orElseThrow();
        Document unverified = legacyUsers.stream().filter(user -> !user.getBoolean("emailVerified", false))
                .findFirst().orElseThrow();

        Storefront.problem(Storefront.json(Accounts.login(anyVerified.getString("email"), "demo-passwort"))
                .post("/api/auth/login").then(), 401);
        Storefront.problem(Storefront.json(Accounts.login(unverified.getString("email"), Accounts.LEGACY_PASSWORD))
                .post("/api/auth/login").then(), 403);
    }

    @Test
    void shouldNeverGrantTheLegacyAdminRoleOnTheStorefront() {
        Document admin = legacyUsers.stream().filter(user -> "admin".equals(user.getString("role"))).findFirst()
                .orElseThrow();

        AuthClient.Session session = AuthClient.session(Storefront.json(Accounts.login(admin.getString("email"),
                Accounts.LEGACY_PASSWORD)).post("/api/auth/login").then().statusCode(200).extract());

        String groups = new String(Base64.getUrlDecoder().decode(session.accessToken().split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(groups).contains("\"groups\":[\"customer\"]").doesNotContain("admin");
    }
}
