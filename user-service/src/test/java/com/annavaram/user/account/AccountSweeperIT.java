package com.annavaram.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.user.account.sweeper.AccountSweeper;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.TestMongo;
import com.mongodb.client.model.Filters;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The sweeper does what TTL indexes would: old sessions go, expired codes and ended lockouts are cleared. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AccountSweeperIT {

    private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");

    @Inject
    AccountSweeper sweeper;

    @Test
    void shouldDeleteSessionsExpiredOrRevokedMoreThanSevenDaysAgoAndKeepTheRest() {
        ObjectId user = new ObjectId();
        ObjectId expiredLongAgo = session(user, ago(Duration.ofDays(8)), null);
        ObjectId revokedLongAgo = session(user, NOW.plus(Duration.ofDays(1)), ago(Duration.ofDays(8)));
        ObjectId expiredRecently = session(user, ago(Duration.ofDays(1)), null);
        ObjectId revokedRecently = session(user, NOW.plus(Duration.ofDays(3)), ago(Duration.ofDays(2)));
        ObjectId live = session(user, NOW.plus(Duration.ofDays(6)), null);

        AccountSweeper.Result result = sweeper.sweep(NOW);

        List<Object> left = TestMongo.raw(CollectionNames.SESSIONS).find(Filters.eq("user", user))
                .map(d -> d.get("_id")).into(new ArrayList<>());
        assertThat(left).containsExactlyInAnyOrder(expiredRecently, revokedRecently, live)
                .doesNotContain(expiredLongAgo, revokedLongAgo);
        assertThat(result.deletedSessions()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldClearExpiredCodesPendingEmailsOldSendsAndEndedLockouts() {
        ObjectId id = new ObjectId();
        TestMongo.raw(CollectionNames.USERS).insertOne(new Document("_id", id).append("email", id + "@example.test")
                .append("fullName", "Sweeper Test").append("emailVerified", false)
                .append("emailVerification", otp("a".repeat(64), ago(Duration.ofMinutes(1)), 3,
                        List.of(date(ago(Duration.ofMinutes(40))), date(ago(Duration.ofMinutes(5))))))
                .append("passwordReset", otp("b".repeat(64), NOW.plus(Duration.ofMinutes(5)), 1,
                        List.of(date(ago(Duration.ofMinutes(5))))))
                .append("emailChange", otp("c".repeat(64), ago(Duration.ofMinutes(30)), 0,
                        List.of(date(ago(Duration.ofMinutes(40))))))
                .append("pendingEmail", "new-" + id + "@example.test").append("failedLogins", 0)
                .append("lockedUntil", date(ago(Duration.ofMinutes(1)))));

        sweeper.sweep(NOW);

        Document user = TestMongo.raw(CollectionNames.USERS).find(Filters.eq("_id", id)).first();
        Document verification = user.get("emailVerification", Document.class);
        assertThat(verification.containsKey("otpHash")).isFalse();
        assertThat(verification.containsKey("otpExpiresAt")).isFalse();
        assertThat(verification.getInteger("attempts")).isZero();
        assertThat(verification.getList("sentHistory", Date.class)).containsExactly(date(ago(Duration.ofMinutes(
                5))));
        assertThat(user.get("passwordReset", Document.class).getString("otpHash")).isEqualTo("b".repeat(64));
        assertThat(user.get("emailChange", Document.class).containsKey("otpHash")).isFalse();
        assertThat(user.get("emailChange", Document.class).getList("sentHistory", Date.class)).isEmpty();
        assertThat(user.containsKey("pendingEmail")).isFalse();
        assertThat(user.containsKey("lockedUntil")).isFalse();
        TestMongo.raw(CollectionNames.USERS).deleteOne(Filters.eq("_id", id));
    }

    @Test
    void shouldLeaveLiveCodesAndLockoutsAlone() {
        ObjectId id = new ObjectId();
        Document stored = new Document("_id", id).append("email", id + "@example.test")
                .append("emailVerification", otp("d".repeat(64), NOW.plus(Duration.ofMinutes(9)), 2,
                        List.of(date(ago(Duration.ofMinutes(1))))))
                .append("lockedUntil", date(NOW.plus(Duration.ofMinutes(10)))).append("failedLogins", 0);
        TestMongo.raw(CollectionNames.USERS).insertOne(stored);

        sweeper.sweep(NOW);

        assertThat(TestMongo.raw(CollectionNames.USERS).find(Filters.eq("_id", id)).first()).isEqualTo(stored);
        TestMongo.raw(CollectionNames.USERS).deleteOne(Filters.eq("_id", id));
    }

    private static ObjectId session(ObjectId user, Instant expiresAt, Instant revokedAt) {
        ObjectId id = new ObjectId();
        Document session = new Document("_id", id).append("user", user).append("refreshTokenHash", id.toHexString())
                .append("expiresAt", date(expiresAt));
        if (revokedAt != null) {
            session.append("revokedAt", date(revokedAt)).append("revokedReason", "logout");
        }
        TestMongo.raw(CollectionNames.SESSIONS).insertOne(session);
        return id;
    }

    private static Document otp(String hash, Instant expiresAt, int attempts, List<Date> sent) {
        return new Document("otpHash", hash).append("otpExpiresAt", date(expiresAt)).append("attempts", attempts)
                .append("sentHistory", sent);
    }

    private static Instant ago(Duration duration) {
        return NOW.minus(duration);
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
