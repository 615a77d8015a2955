package com.annavaram.platform.mongo.indexed;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

/**
 * A compound unique index that can also narrow by its first field, as MongoDB uses an index prefix:
 * {@code cart_items (cart, product)} serves {@code {cart: x}}. The unique part is the server's own index.
 */
final class PrefixedUniqueIndex extends MemoryUniqueIndex {

    private final EqualityIndex prefix;

    PrefixedUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.prefix = new EqualityIndex(name + "#prefix", keys.subList(0, 1), sparse);
    }

    /** Whether the server's declaration has a prefix worth reading: several keys, the first not a path. */
    static boolean supports(List<IndexKey> keys) {
        return keys.size() > 1 && !keys.get(0).getKey().contains(".");
    }

    /** The first field's positions. */
    EqualityIndex prefix() {
        return prefix;
    }

    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        super.add(document, position, collection);
        prefix.add(document, position, collection);
    }

    @Override
    public synchronized Integer remove(Document document) {
        Integer position = super.remove(document);
        prefix.remove(document);
        return position;
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Integer position,
            MongoCollection<Integer> collection) throws KeyConstraintError {
        super.updateInPlace(oldDocument, newDocument, position, collection);
        prefix.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        super.drop();
        prefix.drop();
    }
}
