package com.annavaram.user.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.annavaram.model.customer.User;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/**
 * Customers through Panache. Whole documents are written only when created; every later change is a partial update
 * of the fields it concerns, with {@code updatedAt} set alongside (the save hook only runs on whole writes).
 */
@ApplicationScoped
public class UserRepository implements PanacheMongoRepositoryBase<UserEntity, ObjectId> {

    public Optional<UserEntity> findByEmail(String normalizedEmail) {
        return Optional.ofNullable(mongoCollection().find(Filters.eq(User.EMAIL, normalizedEmail)).first());
    }

    public Optional<UserEntity> findByGoogleId(String googleId) {
        return Optional.ofNullable(mongoCollection().find(Filters.eq(User.GOOGLE_ID, googleId)).first());
    }

    public boolean emailTaken(String normalizedEmail) {
        return mongoCollection().countDocuments(Filters.eq(User.EMAIL, normalizedEmail)) > 0;
    }

    /** Applies {@code update} to the user matching {@code filter} and {@code _id}; whether one was changed. */
    public boolean update(ObjectId id, Bson filter, Bson update, Instant now) {
        UpdateResult result = mongoCollection().updateOne(Filters.and(Filters.eq(User._ID, id), filter),
                Updates.combine(update, Updates.set(User.UPDATED_AT, now)));
        return result.getMatchedCount() > 0;
    }

    public boolean update(ObjectId id, Bson update, Instant now) {
        return update(id, Filters.empty(), update, now);
    }

    /** Reads the user back after an update, for the response. */
    public UserEntity reload(ObjectId id) {
        UserEntity user = findById(id);
        if (user == null) {
            throw new IllegalStateException("user " + id + " vanished");
        }
        return user;
    }

    public static boolean isDuplicateKey(RuntimeException e) {
        return e instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
