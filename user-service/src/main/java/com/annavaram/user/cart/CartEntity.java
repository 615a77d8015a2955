package com.annavaram.user.cart;

import com.annavaram.model.cart.Cart;

import io.quarkus.mongodb.panache.common.MongoEntity;

/** The shared {@link Cart} as a Panache entity. */
@MongoEntity(collection = Cart.COLLECTION)
public class CartEntity extends Cart {
}
