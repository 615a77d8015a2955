package com.annavaram.migration.remap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.RunContext;
import com.annavaram.migration.plan.ProductPlan;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * Old product id to new product id. Only merged storefront products change id, so only they are held in memory,
 * together with the set of product ids that exist after the merge; {@code migration_id_map} keeps every product.
 */
public final class IdMap {

    /** The collection that records old id to new id for every product of a run. */
    public static final String COLLECTION = "migration_id_map";

    private final Map<ObjectId, ObjectId> merged;
    private final Set<ObjectId> products;

    private IdMap(Map<ObjectId, ObjectId> merged, Set<ObjectId> products) {
        this.merged = merged;
        this.products = products;
    }

    public static IdMap of(ProductPlan plan) {
        return new IdMap(new HashMap<>(plan.merged()), new HashSet<>(plan.survivors()));
    }

    /** The map a run recorded, for a run resumed after its merge step. */
    public static IdMap load(RunContext context) {
        Map<ObjectId, ObjectId> merged = new HashMap<>();
        Set<ObjectId> products = new HashSet<>();
        for (Document entry : context.db().getCollection(COLLECTION).find(Filters.eq("runId", context.runId()))
                .projection(Projections.include("oldId", "newId", "rule")).batchSize(context.batchSize())) {
            ObjectId oldId = entry.getObjectId("oldId");
            ObjectId newId = entry.getObjectId("newId");
            products.add(newId);
            if (!oldId.equals(newId)) {
                merged.put(oldId, newId);
            }
        }
        return new IdMap(merged, products);
    }

    /** The id a reference to {@code id} must hold after the merge. */
    public ObjectId remap(ObjectId id) {
        return id == null ? null : merged.getOrDefault(id, id);
    }

    public boolean remaps(ObjectId id) {
        return id != null && merged.containsKey(id);
    }

    /** Whether a product with this id exists after the merge. */
    public boolean isProduct(ObjectId id) {
        return id != null && products.contains(id);
    }

    public int productCount() {
        return products.size();
    }
}
