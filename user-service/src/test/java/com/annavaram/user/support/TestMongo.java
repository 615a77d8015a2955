package com.annavaram.user.support;

import org.bson.Document;

import com.annavaram.model.CollectionNames;
import com.annavaram.testsupport.MongoTestServer;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * The database the application uses in tests, seen raw: a plain driver client with the default codecs, so assertions
 * see what is stored and not what the service's own mapping makes of it.
 */
public final class TestMongo {

    /** One fixed name: Quarkus starts one application for all test classes of a profile. */
    public static final String DATABASE = "it_user_service";

    private TestMongo() {
    }

    public static MongoDatabase raw() {
        return MongoTestServer.get().client().getDatabase(DATABASE);
    }

    public static MongoCollection<Document> raw(String collection) {
        return raw().getCollection(collection);
    }

    /** Empties the collections the tests write, keeping the indexes the application created at start. */
    public static void clean() {
        for (String collection : new String[]{CollectionNames.PRODUCTS, CollectionNames.CATEGORIES,
                CollectionNames.ORDERS, CollectionNames.REVIEWS, CollectionNames.USERS, CollectionNames.SESSIONS,
                CollectionNames.CARTS, CollectionNames.CART_ITEMS, CollectionNames.WISHLISTS, CollectionNames.PAYMENTS,
                CollectionNames.ORDER_ITEMS}) {
            raw(collection).deleteMany(new Document());
        }
    }
}
