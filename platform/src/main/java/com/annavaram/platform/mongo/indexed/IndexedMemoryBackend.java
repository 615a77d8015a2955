package com.annavaram.platform.mongo.indexed;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

/**
 * mongo-java-server's memory backend with index-backed equality filters, closer to what MongoDB does with the indexes
 * the services declare: stock {@code MemoryBackend} uses an index only when a filter names exactly its keys and builds
 * no non-unique index, so {@code {_id, stock: {$gte}}} or {@code {userId}} scan the whole collection. Query results
 * are the same (candidates are re-checked by the server's matcher); only the work differs.
 */
public final class IndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String name) {
        return new IndexedMemoryDatabase(name, getCursorRegistry());
    }
}
