package com.annavaram.user.wishlist;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import com.annavaram.model.cart.WishlistEntry;
import com.mongodb.client.model.Sorts;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Wishlist entries through Panache; one per user and product (a unique index). */
@ApplicationScoped
public class WishlistRepository implements PanacheMongoRepositoryBase<WishlistEntity, ObjectId> {

    List<WishlistEntity> ofUser(ObjectId user) {
        return mongoCollection().find(eq(WishlistEntry.USER, user))
                .sort(Sorts.descending(WishlistEntry.CREATED_AT, WishlistEntry._ID)).into(new ArrayList<>());
    }

    boolean contains(ObjectId user, ObjectId product) {
        return mongoCollection().countDocuments(and(eq(WishlistEntry.USER, user), eq(WishlistEntry.PRODUCT,
                product))) > 0;
    }

    /** Removes the entry (legacy duplicates included); whether there was one. */
    boolean remove(ObjectId user, ObjectId product) {
        return mongoCollection().deleteMany(and(eq(WishlistEntry.USER, user), eq(WishlistEntry.PRODUCT, product)))
                .getDeletedCount() > 0;
    }
}
