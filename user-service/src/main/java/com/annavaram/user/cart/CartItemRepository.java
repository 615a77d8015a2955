package com.annavaram.user.cart;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import com.annavaram.model.cart.CartItem;
import com.mongodb.client.model.Sorts;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Cart lines through Panache; one per cart and product (a unique index). */
@ApplicationScoped
public class CartItemRepository implements PanacheMongoRepositoryBase<CartItemEntity, ObjectId> {

    public List<CartItemEntity> ofCart(ObjectId cart) {
        return mongoCollection().find(eq(CartItem.CART, cart)).sort(Sorts.ascending(CartItem.CREATED_AT,
                CartItem._ID)).into(new ArrayList<>());
    }

    public Optional<CartItemEntity> line(ObjectId cart, ObjectId product) {
        return Optional.ofNullable(
                mongoCollection().find(and(eq(CartItem.CART, cart), eq(CartItem.PRODUCT, product))).first());
    }

    public Optional<CartItemEntity> byId(ObjectId cart, ObjectId id) {
        return Optional.ofNullable(mongoCollection().find(and(eq(CartItem.CART, cart), eq(CartItem._ID, id))).first());
    }
}
