package com.annavaram.user.config;

import java.util.List;

import org.bson.Document;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.index.IndexSpec;
import com.annavaram.model.order.Order;
import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;

/**
 * Indexes the storefront needs that shared-model's IndexCatalog does not declare yet (proposed for it): one order per
 * idempotency key. The key is stored scoped by the customer ({@code <userId>:<key>}), so a single-field sparse unique
 * index suffices; a sparse compound index on (userId, idempotencyKey) would still index every order that has a userId
 * and refuse two legacy orders of one customer without a key.
 */
final class LocalIndexes {

    static final List<IndexSpec> ALL = List.of(
            new IndexSpec(CollectionNames.ORDERS, new Document(Order.IDEMPOTENCY_KEY, 1), true, true));

    private LocalIndexes() {
    }

    /** Creates the missing ones; returns the names that could not be built. */
    static List<String> apply(MongoDatabase database) {
        return ALL.stream().filter(spec -> !create(database, spec)).map(IndexSpec::name).toList();
    }

    private static boolean create(MongoDatabase database, IndexSpec spec) {
        try {
            database.runCommand(new Document("createIndexes", spec.collection()).append("indexes",
                    List.of(spec.toCommandEntry())));
            return true;
        } catch (MongoException e) {
            return false;
        }
    }
}
