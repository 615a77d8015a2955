package com.annavaram.user.account.session;

import jakarta.enterprise.context.RequestScoped;

import org.bson.types.ObjectId;

import com.annavaram.user.account.UserEntity;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.error.ApiException;

import io.quarkus.security.identity.SecurityIdentity;

/** The logged-in customer of the current request, as the session check left it on the identity. */
@RequestScoped
public class CurrentAccount {

    static final String SESSION_ID = "annavaram.session";
    static final String USER_ID = "annavaram.user";
    static final String GONE = "Your account is no longer available. Please log in again.";

    private final SecurityIdentity identity;
    private final UserRepository users;

    CurrentAccount(SecurityIdentity identity, UserRepository users) {
        this.identity = identity;
        this.users = users;
    }

    public ObjectId userId() {
        ObjectId id = identity.getAttribute(USER_ID);
        if (id == null) {
            throw ApiException.unauthorized(GONE);
        }
        return id;
    }

    public ObjectId sessionId() {
        ObjectId id = identity.getAttribute(SESSION_ID);
        if (id == null) {
            throw ApiException.unauthorized(GONE);
        }
        return id;
    }

    /** The customer, who must still exist and be active. */
    public UserEntity user() {
        UserEntity user = users.findById(userId());
        if (user == null || Boolean.FALSE.equals(user.getIsActive())) {
            throw ApiException.unauthorized(GONE);
        }
        return user;
    }
}
