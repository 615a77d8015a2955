package com.annavaram.platform.mongo.indexed;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique single-field index of the memory backend: the positions of the documents holding each value of the
 * field (each element, for an array). mongo-java-server accepts non-unique indexes but never builds them; this one is
 * built and kept current on every insert, update and delete, and {@link IndexedMemoryCollection} reads it for equality
 * filters. It never answers a query on its own ({@link #canHandle} is false): the collection plans with it and the
 * server's matcher still checks every candidate against the whole filter.
 */
final class EqualityIndex extends Index<Integer> {

    private static final String ID = "_id";

    private final Map<KeyValue, NavigableSet<Integer>> byValue = new ConcurrentHashMap<>();
    private final Map<Integer, Set<KeyValue>> valuesAt = new ConcurrentHashMap<>();
    private final Map<KeyValue, Integer> byId = new ConcurrentHashMap<>();

    EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    /** Whether the server's declaration can be served by this index: one field, not a path. */
    static boolean supports(List<IndexKey> keys) {
        return keys.size() == 1 && !keys.get(0).getKey().contains(".") && !keys.get(0).getKey().equals(ID);
    }

    /** The indexed field. */
    String field() {
        return keys().get(0);
    }

    /** The positions of the documents whose field equals {@code value} (or holds it in an array), in order. */
    NavigableSet<Integer> positionsOf(Object value) {
        NavigableSet<Integer> positions = byValue.get(new KeyValue(value).normalized());
        return positions == null ? new ConcurrentSkipListSet<>() : positions;
    }

    @Override
    public Integer getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Integer> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        Object id = document.get(ID);
        if (id != null) {
            byId.put(new KeyValue(id).normalized(), position);
        }
        put(position, valuesOf(document));
    }

    /**
     * The entries of a document: its field's value, or each element of an array (an equality on an array field matches
     * an element), or {@code null} when missing. The server's {@code getKeyValues} does the same for any path, at many
     * times the cost; this index only takes plain fields ({@link #supports}).
     */
    private Set<KeyValue> valuesOf(Document document) {
        Object value = document.get(field());
        if (value instanceof Collection<?> elements && !elements.isEmpty()) {
            Set<KeyValue> values = new HashSet<>();
            for (Object element : elements) {
                values.add(new KeyValue(element).normalized());
            }
            return values;
        }
        return Set.of(new KeyValue(value instanceof Collection<?> ? null : value).normalized());
    }

    @Override
    public synchronized Integer remove(Document document) {
        Object id = document.get(ID);
        Integer position = id == null ? null : byId.remove(new KeyValue(id).normalized());
        if (position != null) {
            drop(position);
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Integer> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Integer position,
            MongoCollection<Integer> collection) {
        Set<KeyValue> values = valuesOf(newDocument);
        if (!values.equals(valuesAt.get(position))) {
            drop(position);
            put(position, values);
        }
    }

    private void put(Integer position, Set<KeyValue> values) {
        valuesAt.put(position, values);
        for (KeyValue value : values) {
            byValue.computeIfAbsent(value, v -> new ConcurrentSkipListSet<>()).add(position);
        }
    }

    private void drop(Integer position) {
        Set<KeyValue> values = valuesAt.remove(position);
        if (values == null) {
            return;
        }
        for (KeyValue value : values) {
            NavigableSet<Integer> positions = byValue.get(value);
            if (positions != null) {
                positions.remove(position);
                if (positions.isEmpty()) {
                    byValue.remove(value, positions);
                }
            }
        }
    }

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<Integer> getPositions(Document query) {
        return positionsOf(query.get(field()));
    }

    @Override
    public long getCount() {
        return valuesAt.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        byValue.clear();
        valuesAt.clear();
        byId.clear();
    }
}
