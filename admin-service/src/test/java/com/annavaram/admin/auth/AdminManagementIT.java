package com.annavaram.admin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Reply;
import com.annavaram.model.admin.Admin;

import tools.jackson.databind.JsonNode;

/** A super_admin manages the other admins; an admin may not. */
class AdminManagementIT extends ApiIntegration {

    @Test
    void shouldListAdminsWithoutTheirPasswordHashes() {
        JsonNode admins = api().get("/api/admins", superAdmin()).expectOk().data();

        assertThat(admins.isArray()).isTrue();
        assertThat(admins.findValuesAsString("email")).contains(LEGACY_ADMIN_EMAIL, EDITOR_EMAIL);
        assertThat(admins.toString()).doesNotContain("$2a$").doesNotContain("password");
    }

    @Test
    void shouldCreateAnAdminWhoCanLogIn() {
        Reply created = api().post("/api/admins", superAdmin(),
                "{\"email\":\"New.Admin@annavaram.test\",\"password\":\"Fresh-pass-1\",\"role\":\"admin\"}")
                .expectOk(201);

        assertThat(created.data().get("email").asString()).isEqualTo("new.admin@annavaram.test");
        assertThat(created.data().get("role").asString()).isEqualTo("admin");
        Document stored = raw(Admin.COLLECTION, new ObjectId(created.data().get("_id").asString()));
        assertThat(stored.getString(Admin.PASSWORD)).startsWith("$2a$").doesNotContain("Fresh-pass-1");
        login("new.admin@annavaram.test", "Fresh-pass-1").expectOk();
    }

    @Test
    void shouldRefuseADuplicateEmailWithAConflict() {
        api().post("/api/admins", superAdmin(), "{\"email\":\"" + EDITOR_EMAIL + "\",\"password\":\"Another-pass-1\"}")
                .expectProblem(409);
    }

    @Test
    void shouldRefuseAnUnknownRoleAndAShortPassword() {
        Reply reply = api().post("/api/admins", superAdmin(),
                "{\"email\":\"x@annavaram.test\",\"password\":\"short\",\"role\":\"owner\"}").expectProblem(400);

        assertThat(reply.errorFields()).contains("/password");
    }

    @Test
    void shouldDisableAndReEnableAnAdmin() {
        ObjectId id = createdAdmin("toggle@annavaram.test");

        api().patch("/api/admins/" + id, superAdmin(), "{\"isActive\":false}").expectOk();
        login("toggle@annavaram.test", "Toggle-pass-1").expectProblem(401);
        api().patch("/api/admins/" + id, superAdmin(), "{\"isActive\":true}").expectOk();
        login("toggle@annavaram.test", "Toggle-pass-1").expectOk();
    }

    @Test
    void shouldResetAPasswordAndLiftALockout() {
        ObjectId id = createdAdmin("reset@annavaram.test");
        mongo.getDb().getCollection(Admin.COLLECTION).updateOne(new Document("_id", id), new Document("$set",
                new Document(Admin.LOCKED_UNTIL, new Date(System.currentTimeMillis() + 600_000))));

        api().post("/api/admins/" + id + "/reset-password", superAdmin(), "{\"password\":\"Brand-new-pass-2\"}")
                .expectOk();

        login("reset@annavaram.test", "Toggle-pass-1").expectProblem(401);
        login("reset@annavaram.test", "Brand-new-pass-2").expectOk();
    }

    @Test
    void shouldNotLetASuperAdminDisableItself() {
        api().patch("/api/admins/" + LEGACY_ADMIN_ID, superAdmin(), "{\"isActive\":false}").expectProblem(409);
    }

    @Test
    void shouldForbidAdminManagementToAnAdminRole() {
        api().get("/api/admins", editor()).expectProblem(403);
        api().post("/api/admins", editor(), "{\"email\":\"y@annavaram.test\",\"password\":\"Whatever-1\"}")
                .expectProblem(403);
        api().patch("/api/admins/" + EDITOR_ID, editor(), "{\"role\":\"super_admin\"}").expectProblem(403);
        api().post("/api/admins/" + EDITOR_ID + "/reset-password", editor(), "{\"password\":\"Whatever-12\"}")
                .expectProblem(403);
    }

    @Test
    void shouldAnswerNotFoundForAMalformedOrUnknownAdminId() {
        api().patch("/api/admins/not-an-id", superAdmin(), "{\"isActive\":false}").expectProblem(404);
        api().patch("/api/admins/" + new ObjectId(), superAdmin(), "{\"isActive\":false}").expectProblem(404);
    }

    private ObjectId createdAdmin(String email) {
        Reply created = api().post("/api/admins", superAdmin(),
                "{\"email\":\"" + email + "\",\"password\":\"Toggle-pass-1\"}").expectOk(201);
        return new ObjectId(created.data().get("_id").asString());
    }

    private Reply login(String email, String password) {
        return api().post("/api/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }
}
