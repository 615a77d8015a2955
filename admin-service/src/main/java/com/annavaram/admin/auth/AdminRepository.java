package com.annavaram.admin.auth;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.annavaram.model.admin.Admin;

/** {@code admins}: e-mails are stored lower-case, as the legacy schema did. */
@Repository
class AdminRepository {

    private final MongoTemplate mongo;

    AdminRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<Admin> findById(ObjectId id) {
        return Optional.ofNullable(mongo.findById(id, Admin.class));
    }

    Optional<Admin> findByEmail(String email) {
        return Optional.ofNullable(mongo.findOne(Query.query(where(Admin.EMAIL).is(email)), Admin.class));
    }

    List<Admin> findAll() {
        return mongo.find(new Query().with(Sort.by(Admin.CREATED_AT, Admin._ID)), Admin.class);
    }

    boolean isEmpty() {
        return !mongo.exists(new Query(), Admin.class);
    }

    long countActiveSuperAdmins() {
        return mongo.count(Query.query(where(Admin.IS_ACTIVE).ne(false).orOperator(
                where(Admin.ROLE).is(AdminRole.SUPER_ADMIN.stored()), where(Admin.ROLE).exists(false))), Admin.class);
    }

    Admin insert(Admin admin) {
        return mongo.insert(admin);
    }

    /** Counts one wrong password; returns the failures in a row now recorded. */
    int recordFailure(ObjectId id) {
        Admin updated = mongo.findAndModify(Query.query(where(Admin._ID).is(id)),
                new Update().inc(Admin.FAILED_LOGINS, 1).set(Admin.UPDATED_AT, now()),
                FindAndModifyOptions.options().returnNew(true), Admin.class);
        return updated == null || updated.getFailedLogins() == null ? 0 : updated.getFailedLogins();
    }

    void lock(ObjectId id, Instant until) {
        update(id, new Update().set(Admin.LOCKED_UNTIL, until).set(Admin.FAILED_LOGINS, 0));
    }

    void recordSuccess(ObjectId id, Instant at, String rehashedPassword) {
        Update update = new Update().set(Admin.FAILED_LOGINS, 0).unset(Admin.LOCKED_UNTIL).set(Admin.LAST_LOGIN_AT,
                at);
        if (rehashedPassword != null) {
            update.set(Admin.PASSWORD, rehashedPassword);
        }
        update(id, update);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    void update(ObjectId id, Update update) {
        mongo.updateFirst(Query.query(where(Admin._ID).is(id)), update.set(Admin.UPDATED_AT, now()), Admin.class);
    }
}
