package com.annavaram.admin.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.annavaram.model.admin.Admin;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Creates the first admin, a {@code super_admin}, from {@code ADMIN_EMAIL}/{@code ADMIN_PASSWORD} when {@code admins}
 * is empty. There is no built-in default: without the two variables an empty collection stays empty and the start
 * says so. Never fails the start (the database may be away).
 */
@Component
class FirstAdminInitializer implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminInitializer.class);

    private final MongoTemplate mongo;
    private final PasswordEncoder passwords;
    private final AuthProperties properties;

    FirstAdminInitializer(MongoTemplate mongo, PasswordEncoder passwords, AuthProperties properties) {
        this.mongo = mongo;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            createWhenEmpty();
        } catch (RuntimeException e) {
            LOG.warn("First admin not checked: {}", e.getMessage());
        }
    }

    void createWhenEmpty() {
        if (mongo.getCollection(Admin.COLLECTION).countDocuments() > 0) {
            return;
        }
        String email = LoginService.normalise(properties.bootstrapEmail());
        String password = properties.bootstrapPassword();
        if (email.isEmpty() || password == null || password.isEmpty()) {
            LOG.warn("No admin exists: set ADMIN_EMAIL and ADMIN_PASSWORD to create the first super_admin");
            return;
        }
        if (password.length() < AdminService.MIN_PASSWORD) {
            LOG.error("ADMIN_PASSWORD must have at least {} characters: first admin not created",
                    AdminService.MIN_PASSWORD);
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // An upsert on the e-mail, so two instances starting together create one admin.
        Document created = new Document(Admin.PASSWORD, passwords.encode(password))
                .append(Admin.ROLE, AdminRole.SUPER_ADMIN.stored()).append(Admin.IS_ACTIVE, true)
                .append(Admin.FAILED_LOGINS, 0).append(Admin.CREATED_AT, now).append(Admin.UPDATED_AT, now);
        mongo.getCollection(Admin.COLLECTION).updateOne(Filters.eq(Admin.EMAIL, email),
                Updates.setOnInsert(created), new UpdateOptions().upsert(true));
        LOG.info("First admin {} created as super_admin", email);
    }
}
