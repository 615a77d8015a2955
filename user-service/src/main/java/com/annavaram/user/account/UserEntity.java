package com.annavaram.user.account;

import com.annavaram.model.customer.User;

import io.quarkus.mongodb.panache.common.MongoEntity;

/** The shared {@link User} as a Panache entity; the model codecs keep its timestamps and embedded address ids. */
@MongoEntity(collection = User.COLLECTION)
public class UserEntity extends User {
}
