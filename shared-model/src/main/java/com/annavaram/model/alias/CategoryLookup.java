package com.annavaram.model.alias;

import java.util.Optional;

import org.bson.types.ObjectId;

/**
 * Resolves a product's category in either direction, so the save hook can keep {@code categoryId} and the
 * {@code category} name equal. Each service backs it with a query on {@code categories}.
 */
public interface CategoryLookup {

    /** A lookup that knows no category: the category pair is then left as it is. */
    CategoryLookup NONE = new CategoryLookup() {
        @Override
        public Optional<String> nameOf(ObjectId categoryId) {
            return Optional.empty();
        }

        @Override
        public Optional<ObjectId> idOfName(String name) {
            return Optional.empty();
        }
    };

    /** The name of the category with this id, if it exists. */
    Optional<String> nameOf(ObjectId categoryId);

    /** The id of the category with this name, compared case-insensitively, if it exists. */
    Optional<ObjectId> idOfName(String name);
}
