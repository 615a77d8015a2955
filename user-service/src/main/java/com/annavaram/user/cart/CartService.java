package com.annavaram.user.cart;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.annavaram.model.bson.Money;
import com.annavaram.model.bson.Refs;
import com.annavaram.model.cart.Cart;
import com.annavaram.model.cart.CartItem;
import com.annavaram.model.cart.CartStatus;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.catalog.ProductCatalog;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.error.ApiException;
import com.mongodb.client.model.Updates;

/**
 * The customer's one active cart ({@code carts}, lines in {@code cart_items}). Every change of a line is conditional
 * on the quantity read, so two tabs adding at once both count and neither passes the stock or the customer's limit.
 */
@Singleton
public class CartService {

    public static final String ITEM_NOT_FOUND = "Cart item not found";
    static final String CHANGED = "Your cart was changed at the same time. Please try again.";
    private static final int ATTEMPTS = 5;

    private final CartRepository carts;
    private final CartItemRepository items;
    private final ProductCatalog catalog;
    private final PurchaseLimits limits;
    private final CartViews views;

    CartService(CartRepository carts, CartItemRepository items, ProductCatalog catalog, PurchaseLimits limits,
            CartViews views) {
        this.carts = carts;
        this.items = items;
        this.catalog = catalog;
        this.limits = limits;
        this.views = views;
    }

    /** The cart as it is, or an empty active one when the customer has none yet (nothing is created). */
    public CartView view(ObjectId user) {
        return carts.active(user).map(views::of).orElseGet(() -> new CartView(null, CartStatus.ACTIVE.stored(),
                List.of(), new CartView.Totals(0, Money.normalise(BigDecimal.ZERO))));
    }

    /** Adds {@code quantity} units to what the cart already holds of the product. */
    CartView add(ObjectId user, CartItemRequest request) {
        int quantity = request.quantity() == null ? 1 : request.quantity();
        ProductEntity product = catalog.resolve(request.productId())
                .orElseThrow(() -> ApiException.notFound(ProductCatalog.NOT_FOUND));
        if (!ProductCatalog.isOnSale(product)) {
            throw ApiException.notFound(ProductCatalog.NOT_AVAILABLE);
        }
        CartEntity cart = activeCart(user);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<CartItemEntity> line = items.line(cart.getId(), product.getId());
            int current = line.map(CartItem::getQuantity).orElse(0);
            limits.check(user, product, current + quantity);
            Instant now = now();
            if (line.isPresent()) {
                if (setQuantity(line.get(), current + quantity, Updates.set(CartItem.PRICE_AT_ADDITION,
                        Money.toDecimal128(product.getPrice())), now)) {
                    return views.of(cart);
                }
            } else if (insert(cart, product, quantity, now)) {
                return views.of(cart);
            }
        }
        throw ApiException.conflict(CHANGED);
    }

    /** Sets a line's quantity; 0 removes it. Lowering is always allowed, raising is checked like adding. */
    CartView update(ObjectId user, String itemId, int quantity) {
        CartEntity cart = carts.active(user).orElseThrow(() -> ApiException.notFound(ITEM_NOT_FOUND));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            CartItemEntity line = find(cart, itemId);
            if (quantity == 0) {
                items.deleteById(line.getId());
                return views.of(cart);
            }
            int current = line.getQuantity() == null ? 0 : line.getQuantity();
            if (quantity > current) {
                ProductEntity product = catalog.resolve(line.getProduct().toHexString())
                        .filter(ProductCatalog::isOnSale)
                        .orElseThrow(() -> ApiException.notFound(ProductCatalog.NOT_AVAILABLE));
                limits.check(user, product, quantity);
            }
            if (setQuantity(line, quantity, null, now())) {
                return views.of(cart);
            }
        }
        throw ApiException.conflict(CHANGED);
    }

    CartView remove(ObjectId user, String itemId) {
        CartEntity cart = carts.active(user).orElseThrow(() -> ApiException.notFound(ITEM_NOT_FOUND));
        items.deleteById(find(cart, itemId).getId());
        return views.of(cart);
    }

    CartView clear(ObjectId user) {
        carts.active(user).ifPresent(cart -> items.mongoCollection().deleteMany(eq(CartItem.CART, cart.getId())));
        return view(user);
    }

    /** A line of the cart by its own id, or by the id or slug of its product (the storefront matches either). */
    private CartItemEntity find(CartEntity cart, String itemId) {
        Optional<ObjectId> id = Refs.parse(itemId);
        Optional<CartItemEntity> line = id.flatMap(i -> items.byId(cart.getId(), i));
        if (line.isEmpty()) {
            line = catalog.resolve(itemId).flatMap(p -> items.line(cart.getId(), p.getId()));
        }
        return line.orElseThrow(() -> ApiException.notFound(ITEM_NOT_FOUND));
    }

    private boolean setQuantity(CartItemEntity line, int quantity, Bson also, Instant now) {
        var update = Updates.combine(Updates.set(CartItem.QUANTITY, quantity), Updates.set(CartItem.UPDATED_AT, now));
        if (also != null) {
            update = Updates.combine(update, also);
        }
        return items.mongoCollection().updateOne(and(eq(CartItem._ID, line.getId()), eq(CartItem.QUANTITY, line
                .getQuantity())), update).getMatchedCount() > 0;
    }

    private boolean insert(CartEntity cart, ProductEntity product, int quantity, Instant now) {
        CartItemEntity line = new CartItemEntity();
        line.setCart(cart.getId());
        line.setProduct(product.getId());
        line.setQuantity(quantity);
        line.setPriceAtAddition(product.getPrice());
        try {
            items.persist(line);
            return true;
        } catch (RuntimeException e) {
            if (UserRepository.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The active cart, created on first use. Should two requests create one at once, both settle on the oldest and
     * the other is removed.
     */
    CartEntity activeCart(ObjectId user) {
        Optional<CartEntity> existing = carts.active(user);
        if (existing.isPresent()) {
            return existing.get();
        }
        CartEntity cart = new CartEntity();
        cart.setUser(user);
        cart.setStatus(CartStatus.ACTIVE.stored());
        carts.persist(cart);
        CartEntity oldest = carts.active(user).orElse(cart);
        if (!oldest.getId().equals(cart.getId())) {
            carts.mongoCollection().deleteOne(and(eq(Cart._ID, cart.getId()), eq(Cart.STATUS, CartStatus.ACTIVE
                    .stored())));
        }
        return oldest;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
