package com.annavaram.user.account.session;

import com.annavaram.model.customer.Session;

import io.quarkus.mongodb.panache.common.MongoEntity;

/** The shared {@link Session} as a Panache entity. */
@MongoEntity(collection = Session.COLLECTION)
public class SessionEntity extends Session {
}
