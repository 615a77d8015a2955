package com.annavaram.platform.mongo.indexed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The server's sort order ({@code DocumentComparator}: the same value extraction, the same comparators), with each
 * document's sort values read once per query instead of twice per comparison. Sorting a thousand products by
 * {@code createdAt, _id} makes about ten thousand comparisons; reading the values for each of them was most of the
 * cost. A {@code Decimal128} (prices) is compared as the server compares it, by its {@code BigDecimal}, converted once
 * per document instead of twice per comparison. One instance serves one query.
 */
final class MemoizedOrder implements Comparator<Document> {

    private final String[] keys;
    private final ValueComparator[] comparators;
    private final boolean[] ascending;
    /** Keys that are a top-level field, read straight from the document as the server's path lookup does. */
    private final boolean[] plain;
    private final Map<Document, Object[]> values = new IdentityHashMap<>();

    private MemoizedOrder(String[] keys, ValueComparator[] comparators, boolean[] ascending) {
        this.keys = keys;
        this.comparators = comparators;
        this.ascending = ascending;
        this.plain = new boolean[keys.length];
        for (int i = 0; i < keys.length; i++) {
            plain[i] = !keys[i].contains(".") && !keys[i].startsWith("$");
        }
    }

    /** The order of {@code orderBy}, or {@code null} for none, natural order or a sort the server must interpret. */
    static MemoizedOrder of(Document orderBy) {
        if (orderBy == null || orderBy.isEmpty() || orderBy.containsKey("$natural")) {
            return null;
        }
        String[] keys = orderBy.keySet().toArray(String[]::new);
        ValueComparator[] comparators = new ValueComparator[keys.length];
        boolean[] ascending = new boolean[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (!(orderBy.get(keys[i]) instanceof Number direction)) {
                return null;
            }
            ascending[i] = direction.intValue() > 0;
            comparators[i] = ascending[i] ? ValueComparator.asc() : ValueComparator.desc();
        }
        return new MemoizedOrder(keys, comparators, ascending);
    }

    @Override
    public int compare(Document first, Document second) {
        return compareValues(valuesOf(first), valuesOf(second));
    }

    private Object[] valuesOf(Document document) {
        return values.computeIfAbsent(document, this::sortValues);
    }

    /**
     * The order of two documents' sort values. Two values of the same common type (dates, ObjectIds, strings,
     * decimals) are compared here as the server compares them; the server's comparator, which first ranks the types
     * by searching its list of them, decides every other pair.
     */
    int compareValues(Object[] a, Object[] b) {
        for (int i = 0; i < keys.length; i++) {
            int cmp = compareValue(i, a[i], b[i]);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    private int compareValue(int i, Object x, Object y) {
        int cmp;
        if (x instanceof Instant p && y instanceof Instant q) {
            cmp = p.compareTo(q);
        } else if (x instanceof ObjectId p && y instanceof ObjectId q) {
            cmp = p.compareTo(q);
        } else if (x instanceof String p && y instanceof String q) {
            cmp = p.compareTo(q);
        } else if (x instanceof Decimal p && y instanceof Decimal q) {
            cmp = p.value().compareTo(q.value());
        } else {
            return comparators[i].compare(Decimal.unwrap(x), Decimal.unwrap(y));
        }
        return ascending[i] ? cmp : -cmp;
    }

    /** {@code document}'s sort values, for {@link #compareValues}. */
    Object[] sortValues(Document document) {
        Object[] read = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Object value = plain[i]
                    ? document.getOrMissing(keys[i])
                    : Utils.getSubdocumentValueCollectionAware(document, keys[i]);
            read[i] = value instanceof Decimal128 decimal ? Decimal.of(decimal) : value;
        }
        return read;
    }

    /** A finite {@code Decimal128} sort value with its {@code BigDecimal}, the value the server compares. */
    private record Decimal(Decimal128 original, BigDecimal value) {

        /** The decimal with its value, or the decimal itself when it has none (NaN, infinities). */
        static Object of(Decimal128 decimal) {
            try {
                return new Decimal(decimal, decimal.toBigDecimal());
            } catch (IllegalArgumentException special) {
                return decimal;
            }
        }

        static Object unwrap(Object value) {
            return value instanceof Decimal decimal ? decimal.original() : value;
        }
    }
}
