package com.annavaram.migration;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import com.mongodb.client.MongoCollection;

/** Inserts generated documents 1,000 at a time. */
final class BatchInserter implements AutoCloseable {

    private static final int BATCH = 1000;

    private final MongoCollection<Document> collection;
    private final List<Document> pending = new ArrayList<>(BATCH);

    BatchInserter(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    void add(Document doc) {
        pending.add(doc);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            collection.insertMany(pending);
            pending.clear();
        }
    }

    @Override
    public void close() {
        flush();
    }
}
