package com.annavaram.model.index;

import java.util.Map;

import org.bson.Document;

/**
 * One index of the catalogue.
 *
 * @param collection the collection it belongs to
 * @param keys the key document, e.g. {@code {productId: 1, userId: 1}}
 * @param unique whether duplicates are refused
 * @param sparse whether documents without the key are left out
 */
public record IndexSpec(String collection, Document keys, boolean unique, boolean sparse) {

    /** The name MongoDB would give it by default ({@code productId_1_userId_1}), so every creator agrees. */
    public String name() {
        StringBuilder name = new StringBuilder();
        for (Map.Entry<String, Object> key : keys.entrySet()) {
            if (!name.isEmpty()) {
                name.append('_');
            }
            name.append(key.getKey()).append('_').append(key.getValue());
        }
        return name.toString();
    }

    /** The entry of a {@code createIndexes} command. */
    public Document toCommandEntry() {
        Document entry = new Document("key", keys).append("name", name());
        if (unique) {
            entry.append("unique", true);
        }
        if (sparse) {
            entry.append("sparse", true);
        }
        return entry;
    }

    /** Whether an entry of {@code listIndexes} describes exactly this index. */
    public boolean matches(Document existing) {
        return keys.equals(existing.get("key", Document.class)) && unique == existing.getBoolean("unique", false)
                && sparse == existing.getBoolean("sparse", false);
    }
}
