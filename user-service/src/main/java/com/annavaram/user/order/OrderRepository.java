package com.annavaram.user.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.annavaram.model.bson.Refs;
import com.annavaram.model.order.Order;
import com.mongodb.client.model.Sorts;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Orders through Panache, with the shared codecs applying the save and load hooks. */
@ApplicationScoped
public class OrderRepository implements PanacheMongoRepositoryBase<OrderEntity, ObjectId> {

    /**
     * Set when the customer removes a cancelled order from their list; the order stays for the admin. Proposed for
     * shared-model's {@code Order}.
     */
    public static final String HIDDEN_BY_CUSTOMER = "hiddenByCustomer";
    public static final String HIDDEN_AT = "hiddenAt";

    /** The customer's orders, under either name of the user pair (legacy storefront orders have only {@code user}). */
    public static Bson ownedBy(ObjectId user) {
        return or(eq(Order.USER_ID, user), eq(Order.USER, user));
    }

    Optional<OrderEntity> byIdempotencyKey(String scopedKey) {
        return Optional.ofNullable(mongoCollection().find(eq(Order.IDEMPOTENCY_KEY, scopedKey)).first());
    }

    /** One of the customer's orders by its id or its order number; someone else's is not found. */
    public Optional<OrderEntity> owned(ObjectId user, String idOrNumber) {
        if (idOrNumber == null || idOrNumber.length() > 64) {
            return Optional.empty();
        }
        Bson which = Refs.parse(idOrNumber).map(id -> eq(Order._ID, id)).orElse(eq(Order.ORDER_ID, idOrNumber));
        return Optional.ofNullable(mongoCollection().find(and(which, ownedBy(user))).first());
    }

    /** The customer's orders that are not hidden, newest first. */
    List<OrderEntity> listed(ObjectId user, int skip, int limit) {
        return mongoCollection().find(listFilter(user)).sort(Sorts.descending(Order.CREATED_AT, Order._ID)).skip(skip)
                .limit(limit).into(new ArrayList<>());
    }

    long countListed(ObjectId user) {
        return mongoCollection().countDocuments(listFilter(user));
    }

    private static Bson listFilter(ObjectId user) {
        return and(ownedBy(user), ne(HIDDEN_BY_CUSTOMER, true));
    }
}
