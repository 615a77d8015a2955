package com.annavaram.model.cart;

import java.math.BigDecimal;
import java.time.Instant;

import org.bson.types.ObjectId;

import com.annavaram.model.Timestamped;

/** One line of a cart ({@code cart_items}); unique per cart and product. */
public class CartItem implements Timestamped {

    /** Collection this document lives in. */
    public static final String COLLECTION = com.annavaram.model.CollectionNames.CART_ITEMS;

    public static final String _ID = "_id";
    public static final String CART = "cart";
    public static final String PRODUCT = "product";
    public static final String QUANTITY = "quantity";
    public static final String PRICE_AT_ADDITION = "priceAtAddition";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";

    private ObjectId id;
    private ObjectId cart;
    private ObjectId product;
    private Integer quantity;
    private BigDecimal priceAtAddition;
    private Instant createdAt;
    private Instant updatedAt;

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public ObjectId getCart() {
        return cart;
    }

    public void setCart(ObjectId cart) {
        this.cart = cart;
    }

    public ObjectId getProduct() {
        return product;
    }

    public void setProduct(ObjectId product) {
        this.product = product;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getPriceAtAddition() {
        return priceAtAddition;
    }

    public void setPriceAtAddition(BigDecimal priceAtAddition) {
        this.priceAtAddition = priceAtAddition;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
