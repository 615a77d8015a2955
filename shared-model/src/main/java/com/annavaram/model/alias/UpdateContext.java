package com.annavaram.model.alias;

import org.bson.Document;

/**
 * What a partial update cannot say by itself: the document as it is now (for array changes of {@code images}) and
 * the categories (for the {@code categoryId}/{@code category} pair).
 *
 * @param current the raw document before the update, or {@code null}
 * @param categories resolves category ids and names
 */
public record UpdateContext(Document current, CategoryLookup categories) {

    public static final UpdateContext NONE = new UpdateContext(null, CategoryLookup.NONE);

    public static UpdateContext of(Document current) {
        return new UpdateContext(current, CategoryLookup.NONE);
    }

    public static UpdateContext of(CategoryLookup categories) {
        return new UpdateContext(null, categories);
    }
}
