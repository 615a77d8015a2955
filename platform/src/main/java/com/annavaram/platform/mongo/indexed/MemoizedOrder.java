package com.annavaram.platform.mongo.indexed;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The server's sort order ({@code DocumentComparator}: the same value extraction, the same comparators), with each
 * document's sort values read once per query instead of twice per comparison. Sorting a thousand products by
 * {@code createdAt, _id} makes about ten thousand comparisons; reading the values for each of them was most of the
 * cost. One instance serves one query.
 */
final class MemoizedOrder implements Comparator<Document> {

    private final String[] keys;
    private final ValueComparator[] comparators;
    /** Keys that are a top-level field, read straight from the document as the server's path lookup does. */
    private final boolean[] plain;
    private final Map<Document, Object[]> values = new IdentityHashMap<>();

    private MemoizedOrder(String[] keys, ValueComparator[] comparators) {
        this.keys = keys;
        this.comparators = comparators;
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
        for (int i = 0; i < keys.length; i++) {
            if (!(orderBy.get(keys[i]) instanceof Number direction)) {
                return null;
            }
            comparators[i] = direction.intValue() > 0 ? ValueComparator.asc() : ValueComparator.desc();
        }
        return new MemoizedOrder(keys, comparators);
    }

    @Override
    public int compare(Document first, Document second) {
        Object[] a = valuesOf(first);
        Object[] b = valuesOf(second);
        for (int i = 0; i < keys.length; i++) {
            int cmp = comparators[i].compare(a[i], b[i]);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    private Object[] valuesOf(Document document) {
        return values.computeIfAbsent(document, d -> {
            Object[] read = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                read[i] = plain[i] ? d.getOrMissing(keys[i]) : Utils.getSubdocumentValueCollectionAware(d, keys[i]);
            }
            return read;
        });
    }
}
