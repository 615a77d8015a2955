package com.annavaram.migration.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;

import com.annavaram.migration.RunContext;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.index.IndexCatalog;
import com.annavaram.model.index.IndexSpec;
import com.mongodb.client.model.Projections;

/**
 * Unique indexes of the catalogue on collections whose uniqueness the run does not establish itself (users, admins,
 * sessions, category names): their values must already be unique, or the run would stop at its index step. The plan
 * finds such duplicates first.
 */
final class UniqueValues {

    /** Where the run makes the keys unique: slugs, order numbers, folded reviews, cart lines and wishlists. */
    private static final Set<String> ESTABLISHED = Set.of(CollectionNames.PRODUCTS + ".slug_1",
            CollectionNames.CATEGORIES + ".slug_1", CollectionNames.ORDERS + ".orderId_1",
            CollectionNames.REVIEWS + ".productId_1_userId_1", CollectionNames.CART_ITEMS + ".cart_1_product_1",
            CollectionNames.WISHLISTS + ".user_1_product_1");

    private UniqueValues() {
    }

    static void check(RunContext context) {
        for (IndexSpec spec : IndexCatalog.all()) {
            if (spec.unique() && !ESTABLISHED.contains(spec.collection() + "." + spec.name())) {
                check(context, spec);
            }
        }
    }

    private static void check(RunContext context, IndexSpec spec) {
        List<String> fields = new ArrayList<>(spec.keys().keySet());
        Set<List<Object>> seen = new HashSet<>();
        for (Document doc : context.db().getCollection(spec.collection()).find().projection(Projections.include(
                fields)).batchSize(context.batchSize())) {
            List<Object> key = new ArrayList<>();
            fields.forEach(f -> key.add(doc.get(f)));
            if (spec.sparse() && key.stream().allMatch(v -> v == null)) {
                continue;
            }
            if (!seen.add(key)) {
                context.report().problem(spec.collection(), doc.get("_id"), String.join(",", fields), "duplicate "
                        + String.join(",", fields) + " " + (key.size() == 1 ? describe(key.get(0)) : key)
                        + ": the unique index " + spec.collection() + "." + spec.name() + " cannot be built; "
                        + "merge or fix these documents first");
            }
        }
    }

    private static String describe(Object value) {
        return value == null ? "(missing)" : "\"" + value + "\"";
    }
}
