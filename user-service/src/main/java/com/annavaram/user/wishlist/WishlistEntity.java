package com.annavaram.user.wishlist;

import com.annavaram.model.cart.WishlistEntry;

import io.quarkus.mongodb.panache.common.MongoEntity;

/** The shared {@link WishlistEntry} as a Panache entity. */
@MongoEntity(collection = WishlistEntry.COLLECTION)
public class WishlistEntity extends WishlistEntry {
}
