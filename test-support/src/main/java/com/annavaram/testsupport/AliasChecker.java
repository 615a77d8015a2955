package com.annavaram.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.alias.AliasViolation;
import com.annavaram.model.alias.RawAliasCheck;
import com.mongodb.client.MongoDatabase;

/** Scans products, orders and reviews of a database as raw documents and lists every unequal alias pair. */
public final class AliasChecker {

    private static final List<String> CHECKED = List.of(CollectionNames.PRODUCTS, CollectionNames.ORDERS,
            CollectionNames.REVIEWS);

    private AliasChecker() {
    }

    /** Every unequal pair in {@code db}. */
    public static List<AliasViolation> scan(MongoDatabase db) {
        return scanWithDocuments(db).keySet().stream().toList();
    }

    /** Every unequal pair with the JSON of the document it was found on. */
    static Map<AliasViolation, String> scanWithDocuments(MongoDatabase db) {
        Map<Object, String> categoryNames = new HashMap<>();
        for (Document category : db.getCollection(CollectionNames.CATEGORIES).find()) {
            categoryNames.put(category.get("_id"), category.getString("name"));
        }
        Map<AliasViolation, String> found = new java.util.LinkedHashMap<>();
        for (String collection : CHECKED) {
            for (Document doc : db.getCollection(collection).find()) {
                List<AliasViolation> violations = new ArrayList<>(
                        RawAliasCheck.check(collection, doc, categoryNames::get));
                String json = violations.isEmpty() ? null : doc.toJson();
                violations.forEach(v -> found.put(v, json));
            }
        }
        return found;
    }
}
