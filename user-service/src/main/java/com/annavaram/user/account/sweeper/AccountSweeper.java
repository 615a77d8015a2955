package com.annavaram.user.account.sweeper;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.jboss.logging.Logger;

import com.annavaram.model.customer.OtpState;
import com.annavaram.model.customer.Session;
import com.annavaram.model.customer.User;
import com.annavaram.user.account.AccountConfig;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.account.otp.OtpBucket;
import com.annavaram.user.account.session.SessionRepository;
import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.quarkus.scheduler.Scheduled;

/**
 * Does what TTL indexes would do, without relying on them (the embedded test server has none, and the legacy TTL
 * index ignored revoked sessions): deletes sessions that expired or were revoked more than {@link #RETENTION} ago (kept
 * that long so a replayed refresh token is still recognised as reuse), and clears expired codes, pending e-mail
 * changes, send histories past their window and ended lockouts from the users.
 */
@Singleton
public class AccountSweeper {

    /** As long as a refresh token lives: after that, a replayed token is unknown anyway. */
    public static final Duration RETENTION = Duration.ofDays(7);

    private static final Logger LOG = Logger.getLogger(AccountSweeper.class);

    private final SessionRepository sessions;
    private final UserRepository users;
    private final AccountConfig.Otp otp;

    AccountSweeper(SessionRepository sessions, UserRepository users, AccountConfig config) {
        this.sessions = sessions;
        this.users = users;
        this.otp = config.otp();
    }

    @Scheduled(every = "${sweeper.every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            sweep(Instant.now());
        } catch (MongoException e) {
            LOG.warnf("account sweep skipped: %s", e.getMessage());
        }
    }

    /** One sweep as of {@code now}. */
    public Result sweep(Instant now) {
        Instant cutoff = now.minus(RETENTION);
        long deletedSessions = sessions.mongoCollection().deleteMany(Filters.or(Filters.lt(Session.EXPIRES_AT,
                cutoff), Filters.lt(Session.REVOKED_AT, cutoff))).getDeletedCount();
        var raw = users.mongoCollection().withDocumentClass(Document.class);
        long clearedCodes = 0;
        for (OtpBucket bucket : OtpBucket.values()) {
            var update = Updates.combine(Updates.unset(bucket.path(OtpState.OTP_HASH)),
                    Updates.unset(bucket.path(OtpState.OTP_EXPIRES_AT)), Updates.set(bucket.path(OtpState.ATTEMPTS),
                            0));
            if (bucket == OtpBucket.EMAIL_CHANGE) {
                update = Updates.combine(update, Updates.unset(User.PENDING_EMAIL));
            }
            clearedCodes += raw.updateMany(Filters.lt(bucket.path(OtpState.OTP_EXPIRES_AT), now), update)
                    .getModifiedCount();
            raw.updateMany(Filters.lt(bucket.path(OtpState.SENT_HISTORY), now.minus(otp.sendWindow())),
                    Updates.pull(bucket.path(OtpState.SENT_HISTORY), new Document("$lt", now.minus(otp
                            .sendWindow()))));
        }
        long unlocked = raw.updateMany(Filters.lt(User.LOCKED_UNTIL, now), Updates.combine(Updates.unset(
                User.LOCKED_UNTIL), Updates.set(User.FAILED_LOGINS, 0))).getModifiedCount();
        Result result = new Result(deletedSessions, clearedCodes, unlocked);
        if (deletedSessions + clearedCodes + unlocked > 0) {
            LOG.infof("account sweep: %s", result);
        }
        return result;
    }

    /** What one sweep removed. */
    public record Result(long deletedSessions, long clearedCodes, long unlockedAccounts) {
    }
}
