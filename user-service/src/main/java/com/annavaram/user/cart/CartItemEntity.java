package com.annavaram.user.cart;

import com.annavaram.model.cart.CartItem;

import io.quarkus.mongodb.panache.common.MongoEntity;

/** The shared {@link CartItem} as a Panache entity. */
@MongoEntity(collection = CartItem.COLLECTION)
public class CartItemEntity extends CartItem {
}
