package com.annavaram.platform.mongo.indexed;

import java.util.List;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/**
 * A memory-backend database whose collections plan with their indexes, build single-field non-unique ones and read
 * compound unique ones by their first field; {@code countDocuments} is answered from the same plans
 * ({@link CountPipeline}).
 */
final class IndexedMemoryDatabase extends MemoryDatabase {

    IndexedMemoryDatabase(String name, CursorRegistry cursors) {
        super(name, cursors);
    }

    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
            Oplog oplog) {
        if (command.equals("aggregate")) {
            CountPipeline count = CountPipeline.of(query);
            if (count != null) {
                String collection = CountPipeline.collectionOf(query);
                return count.answer(resolveCollection(collection, false), getFullCollectionNamespace(collection));
            }
        }
        return super.handleCommand(channel, command, query, resolver, oplog);
    }

    @Override
    protected MemoryCollection openOrCreateCollection(String name, CollectionOptions options) {
        return new IndexedMemoryCollection(this, name, options, cursorRegistry);
    }

    @Override
    protected Index<Integer> openOrCreateUniqueIndex(String collection, String name, List<IndexKey> keys,
            boolean sparse) {
        if (PrefixedUniqueIndex.supports(keys)) {
            return new PrefixedUniqueIndex(name, keys, sparse);
        }
        return super.openOrCreateUniqueIndex(collection, name, keys, sparse);
    }

    @Override
    protected Index<Integer> openOrCreateSecondaryIndex(String collection, String name, List<IndexKey> keys,
            boolean sparse) {
        if (EqualityIndex.supports(keys)) {
            return new EqualityIndex(name, keys, sparse);
        }
        return super.openOrCreateSecondaryIndex(collection, name, keys, sparse);
    }
}
