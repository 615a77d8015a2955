package com.annavaram.user.cart;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import com.annavaram.model.cart.Cart;
import com.annavaram.model.cart.CartStatus;
import com.mongodb.client.model.Sorts;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Carts through Panache. */
@ApplicationScoped
public class CartRepository implements PanacheMongoRepositoryBase<CartEntity, ObjectId> {

    /**
     * The customer's active cart: the oldest, should a race ever have made two, so every request picks the same one.
     */
    public Optional<CartEntity> active(ObjectId user) {
        return Optional.ofNullable(mongoCollection()
                .find(and(eq(Cart.USER, user), eq(Cart.STATUS, CartStatus.ACTIVE.stored())))
                .sort(Sorts.ascending(Cart._ID)).first());
    }
}
