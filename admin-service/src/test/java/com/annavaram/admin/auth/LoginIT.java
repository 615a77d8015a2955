package com.annavaram.admin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Reply;
import com.annavaram.model.admin.Admin;

import tools.jackson.databind.JsonNode;

/** A1 and the account lockout: who can log in, what the token says, and what happens after wrong passwords. */
class LoginIT extends ApiIntegration {

    @Test
    void shouldLogTheLegacyAdminInWithItsBcryptHash() {
        Reply reply = login(LEGACY_ADMIN_EMAIL, LEGACY_PASSWORD).expectOk();

        JsonNode body = reply.json();
        assertThat(body.get("message").asString()).isNotBlank();
        JsonNode data = body.get("data");
        assertThat(data.get("token").asString()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(data.get("admin").get("id").asString()).isEqualTo(LEGACY_ADMIN_ID.toHexString());
        assertThat(data.get("admin").get("email").asString()).isEqualTo(LEGACY_ADMIN_EMAIL);
        assertThat(data.get("admin").get("role").asString()).isEqualTo("super_admin");
        assertThat(data.get("expiresIn").asLong()).isEqualTo(8 * 3600);
    }

    @Test
    void shouldAcceptTheIssuedTokenOnTheProfile() {
        String token = login(EDITOR_EMAIL.toUpperCase(), EDITOR_PASSWORD).expectOk().data().get("token").asString();

        JsonNode profile = api().get("/api/auth/profile", token).expectOk().data();

        assertThat(profile.get("_id").asString()).isEqualTo(EDITOR_ID.toHexString());
        assertThat(profile.get("role").asString()).isEqualTo("admin");
        assertThat(profile.has("password")).isFalse();
    }

    @Test
    void shouldAnswerAWrongPasswordAndAnUnknownEmailAlike() {
        Reply wrong = login(EDITOR_EMAIL, "not-the-password").expectProblem(401);
        Reply unknown = login("nobody@annavaram.test", "whatever-password").expectProblem(401);

        assertThat(wrong.json().get("message")).isEqualTo(unknown.json().get("message"));
        mongo.getDb().getCollection(Admin.COLLECTION).updateOne(new Document("_id", EDITOR_ID),
                new Document("$set", new Document(Admin.FAILED_LOGINS, 0)));
    }

    @Test
    void shouldRefuseALoginWithoutAPasswordWithFieldErrors() {
        Reply reply = api().post("/api/auth/login", null, "{\"email\":\"admin@annavaram.test\"}").expectProblem(400);

        assertThat(reply.errorFields()).containsExactly("/password");
    }

    @Test
    void shouldLockTheAccountAfterFiveWrongPasswords() {
        ObjectId id = createAdmin("locked@annavaram.test", "Right-password-1");
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("locked@annavaram.test", "wrong-" + attempt).expectProblem(401);
        }

        Reply sixth = login("locked@annavaram.test", "Right-password-1").expectProblem(429);

        assertThat(sixth.header("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(14 * 60L, 15 * 60L));
        Document stored = raw(Admin.COLLECTION, id);
        assertThat(stored.getDate(Admin.LOCKED_UNTIL).toInstant()).isAfter(Instant.now().plusSeconds(14 * 60));
    }

    @Test
    void shouldRefuseADisabledAdminAndItsExistingToken() {
        ObjectId id = createAdmin("disabled@annavaram.test", "Right-password-2");
        String token = login("disabled@annavaram.test", "Right-password-2").expectOk().data().get("token").asString();
        mongo.getDb().getCollection(Admin.COLLECTION).updateOne(new Document("_id", id),
                new Document("$set", new Document(Admin.IS_ACTIVE, false)));

        login("disabled@annavaram.test", "Right-password-2").expectProblem(401);
        api().get("/api/auth/profile", token).expectProblem(401);
    }

    private ObjectId createAdmin(String email, String password) {
        ObjectId id = new ObjectId();
        mongo.getDb().getCollection(Admin.COLLECTION)
                .insertOne(new Document("_id", id).append("email", email)
                        .append("password", new BCryptPasswordEncoder(4).encode(password)).append("role", "admin")
                        .append("isActive", true));
        return id;
    }

    private Reply login(String email, String password) {
        return api().post("/api/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }
}
