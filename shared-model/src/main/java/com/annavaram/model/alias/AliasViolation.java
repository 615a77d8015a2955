package com.annavaram.model.alias;

/**
 * One unequal alias pair found on a raw document.
 *
 * @param collection where the document lives
 * @param id its {@code _id}
 * @param pair the two names, e.g. {@code stock/totalStock}
 * @param first the value under the first name
 * @param second the value under the second name
 */
public record AliasViolation(String collection, Object id, String pair, Object first, Object second) {

    @Override
    public String toString() {
        return collection + " _id=" + id + " " + pair + ": " + first + " != " + second;
    }
}
