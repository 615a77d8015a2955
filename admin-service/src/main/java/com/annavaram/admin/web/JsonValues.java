package com.annavaram.admin.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/** Converts free-form values between what BSON stores and what JSON shows (ids as hex, money as numbers). */
public final class JsonValues {

    private JsonValues() {
    }

    /** A value as the API shows it: ObjectId as hex, Decimal128 as a number, dates as instants. */
    public static Object plain(Object value) {
        if (value instanceof ObjectId id) {
            return id.toHexString();
        }
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
            return plain;
        }
        if (value instanceof Collection<?> list) {
            List<Object> plain = new ArrayList<>(list.size());
            list.forEach(v -> plain.add(plain(v)));
            return plain;
        }
        return value;
    }

    /** A value as it is stored in a free-form document: money as Decimal128, instants as dates, enums by name. */
    public static Object bson(Object value) {
        if (value instanceof BigDecimal decimal) {
            return new Decimal128(decimal);
        }
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof Enum<?> e) {
            return e.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Document doc = new Document();
            map.forEach((k, v) -> doc.put(String.valueOf(k), bson(v)));
            return doc;
        }
        if (value instanceof Collection<?> list) {
            List<Object> stored = new ArrayList<>(list.size());
            list.forEach(v -> stored.add(bson(v)));
            return stored;
        }
        return value;
    }
}
