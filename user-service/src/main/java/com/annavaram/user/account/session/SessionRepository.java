package com.annavaram.user.account.session;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import com.annavaram.model.customer.Session;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Login sessions; a session is live while it is neither revoked nor expired. */
@ApplicationScoped
public class SessionRepository implements PanacheMongoRepositoryBase<SessionEntity, ObjectId> {

    public Optional<SessionEntity> findByRefreshTokenHash(String hash) {
        return Optional.ofNullable(mongoCollection().find(Filters.eq(Session.REFRESH_TOKEN_HASH, hash)).first());
    }

    /** Revokes one live session; false when it was already revoked (someone else got there first). */
    public boolean revoke(ObjectId id, String reason, ObjectId replacedBy, Instant now) {
        return mongoCollection().updateOne(Filters.and(Filters.eq(Session._ID, id), Filters.eq(Session.REVOKED_AT,
                null)),
                Updates.combine(Updates.set(Session.REVOKED_AT, now), Updates.set(Session.REVOKED_REASON, reason),
                        replacedBy == null
                                ? Updates.unset(Session.REPLACED_BY)
                                : Updates.set(Session.REPLACED_BY, replacedBy),
                        Updates.set(Session.UPDATED_AT, now)))
                .getModifiedCount() > 0;
    }

    /** Revokes every live session of {@code user}, except {@code keep} when given; how many were revoked. */
    public long revokeAll(ObjectId user, String reason, ObjectId keep, Instant now) {
        var filter = Filters.and(Filters.eq(Session.USER, user), Filters.eq(Session.REVOKED_AT, null));
        if (keep != null) {
            filter = Filters.and(filter, Filters.ne(Session._ID, keep));
        }
        return mongoCollection().updateMany(filter, Updates.combine(Updates.set(Session.REVOKED_AT, now),
                Updates.set(Session.REVOKED_REASON, reason), Updates.set(Session.UPDATED_AT, now)))
                .getModifiedCount();
    }

    public static boolean isLive(Session session, Instant now) {
        return session.getRevokedAt() == null && session.getExpiresAt() != null && session.getExpiresAt().isAfter(
                now);
    }
}
