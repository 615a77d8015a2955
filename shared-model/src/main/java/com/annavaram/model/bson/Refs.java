package com.annavaram.model.bson;

import java.util.Optional;

import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.types.ObjectId;

/** References: stored as ObjectId, or by some legacy writers as a 24-hex string. */
public final class Refs {

    private Refs() {
    }

    /** An ObjectId from an ObjectId, a 24-hex string or their BSON forms; empty for anything else. */
    public static Optional<ObjectId> objectId(Object value) {
        if (value instanceof ObjectId id) {
            return Optional.of(id);
        }
        if (value instanceof BsonObjectId id) {
            return Optional.of(id.getValue());
        }
        String text = value instanceof BsonString s ? s.getValue() : value instanceof String s ? s : null;
        if (text != null && ObjectId.isValid(text.trim())) {
            return Optional.of(new ObjectId(text.trim()));
        }
        return Optional.empty();
    }

    /** An id from a request path or body: a valid 24-hex string only. */
    public static Optional<ObjectId> parse(String text) {
        return text != null && text.length() == 24 && ObjectId.isValid(text)
                ? Optional.of(new ObjectId(text))
                : Optional.empty();
    }
}
