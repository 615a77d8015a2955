package com.annavaram.admin.web;

import org.bson.types.ObjectId;

import com.annavaram.admin.error.ApiException;
import com.annavaram.model.bson.Refs;

/** Ids from requests: a malformed id in a path names nothing (404); in a query or body it is a bad request (400). */
public final class Ids {

    private Ids() {
    }

    /** The id of a path segment; {@code what} names the resource in the 404 message ("Product"). */
    public static ObjectId path(String value, String what) {
        return Refs.parse(value).orElseThrow(() -> ApiException.notFound(what + " not found"));
    }

    /** An optional id of a query parameter. */
    public static ObjectId query(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Refs.parse(value.trim()).orElseThrow(() -> ApiException.invalidParameter(name, "must be an id"));
    }

    /** A required id of a body field, {@code pointer} being its JSON pointer. */
    public static ObjectId body(String pointer, String value) {
        return Refs.parse(value == null ? null : value.trim())
                .orElseThrow(() -> ApiException.invalidField(pointer, "must be an id"));
    }

    /** The 24-hex form of an id, {@code null} for none. */
    public static String hex(ObjectId id) {
        return id == null ? null : id.toHexString();
    }
}
