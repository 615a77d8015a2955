package com.annavaram.migration.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.types.ObjectId;

/**
 * The product decisions of a plan: which storefront products are copies of which admin product (and by which rule),
 * and the slug every surviving product gets. Holds ids and slugs only, never whole documents.
 */
public final class ProductPlan {

    private final Map<ObjectId, ObjectId> survivorOf = new HashMap<>();
    private final Map<ObjectId, String> ruleOf = new HashMap<>();
    private final Map<ObjectId, List<ObjectId>> copiesOf = new HashMap<>();
    private final Map<ObjectId, String> slugOf = new HashMap<>();
    private final Set<ObjectId> survivors = new HashSet<>();
    private long adminCount;
    private long storefrontCount;

    void admin(ObjectId id) {
        adminCount++;
        survivors.add(id);
    }

    void storefrontOnly(ObjectId id) {
        storefrontCount++;
        survivors.add(id);
    }

    void copy(ObjectId storefrontId, ObjectId adminId, String rule) {
        storefrontCount++;
        survivorOf.put(storefrontId, adminId);
        ruleOf.put(storefrontId, rule);
        copiesOf.computeIfAbsent(adminId, a -> new ArrayList<>()).add(storefrontId);
    }

    void slug(ObjectId productId, String slug) {
        slugOf.put(productId, slug);
    }

    /** The admin product a storefront product was merged into, or {@code null} when it is kept. */
    public ObjectId survivorOf(ObjectId storefrontId) {
        return survivorOf.get(storefrontId);
    }

    /** {@code name} or {@code slug}: the rule that matched a merged storefront product. */
    public String ruleOf(ObjectId storefrontId) {
        return ruleOf.get(storefrontId);
    }

    /** The storefront copies merged into an admin product, in {@code _id} order. */
    public List<ObjectId> copiesOf(ObjectId adminId) {
        return copiesOf.getOrDefault(adminId, List.of());
    }

    public String slugOf(ObjectId productId) {
        return slugOf.get(productId);
    }

    /** Storefront id to admin id, for every merged storefront product. */
    public Map<ObjectId, ObjectId> merged() {
        return Collections.unmodifiableMap(survivorOf);
    }

    /** The ids of the products after the merge. */
    public Set<ObjectId> survivors() {
        return Collections.unmodifiableSet(survivors);
    }

    public long adminCount() {
        return adminCount;
    }

    public long storefrontCount() {
        return storefrontCount;
    }

    public long mergedCount() {
        return survivorOf.size();
    }
}
