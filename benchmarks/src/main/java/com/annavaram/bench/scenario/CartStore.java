package com.annavaram.bench.scenario;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.codecs.configuration.CodecRegistry;
import org.bson.types.ObjectId;

import com.annavaram.model.bson.ModelCodecs;
import com.annavaram.model.cart.Cart;
import com.annavaram.model.cart.CartItem;
import com.annavaram.model.cart.CartStatus;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

/**
 * Carts written straight into the database, untimed, the way user-service stores them ({@code carts} with one active
 * cart per customer, lines in {@code cart_items}): checkout places orders from carts prepared here, and the cart
 * scenario empties carts here so they do not grow without end.
 */
final class CartStore {

    private static final CodecRegistry CODECS = ModelCodecs.registry(MongoClientSettings.getDefaultCodecRegistry());

    private final MongoCollection<Cart> carts;
    private final MongoCollection<CartItem> items;

    CartStore(MongoDatabase database) {
        MongoDatabase db = database.withCodecRegistry(CODECS);
        this.carts = db.getCollection(Cart.COLLECTION, Cart.class);
        this.items = db.getCollection(CartItem.COLLECTION, CartItem.class);
    }

    /** Empties every cart: each run starts from the same state. */
    void clearAll() {
        items.deleteMany(new org.bson.Document());
    }

    /** Empties the customer's active cart, if there is one. */
    void clear(ObjectId customer) {
        List<ObjectId> active = carts.find(active(customer)).map(Cart::getId).into(new ArrayList<>());
        if (!active.isEmpty()) {
            items.deleteMany(in(CartItem.CART, active));
        }
    }

    /** Gives the customer an active cart holding exactly {@code lines} (product → quantity). */
    void prepare(ObjectId customer, Map<ObjectId, Integer> lines, Map<ObjectId, BigDecimal> prices) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Cart cart = carts.find(active(customer)).sort(Sorts.ascending(Cart._ID)).first();
        if (cart == null) {
            cart = new Cart();
            cart.setId(new ObjectId());
            cart.setUser(customer);
            cart.setStatus(CartStatus.ACTIVE.stored());
            cart.setCreatedAt(now);
            carts.insertOne(cart);
        } else {
            items.deleteMany(eq(CartItem.CART, cart.getId()));
        }
        List<CartItem> fresh = new ArrayList<>();
        for (Map.Entry<ObjectId, Integer> line : lines.entrySet()) {
            CartItem item = new CartItem();
            item.setId(new ObjectId());
            item.setCart(cart.getId());
            item.setProduct(line.getKey());
            item.setQuantity(line.getValue());
            item.setPriceAtAddition(prices.get(line.getKey()));
            item.setCreatedAt(now);
            fresh.add(item);
        }
        items.insertMany(fresh);
    }

    private static org.bson.conversions.Bson active(ObjectId customer) {
        return and(eq(Cart.USER, customer), eq(Cart.STATUS, CartStatus.ACTIVE.stored()));
    }
}
