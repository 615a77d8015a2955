package com.annavaram.migration;

import java.util.function.Consumer;

import org.bson.BsonBinaryReader;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;

import com.annavaram.migration.backup.ContentHash;
import com.annavaram.migration.report.Progress;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Sorts;

/**
 * Full scans in {@code _id} order, one batch at a time. Every scan also hashes the documents as stored, so a plan knows
 * the content hash of each input, and a run can check an input is still what the plan read, without reading it twice.
 */
public final class Streams {

    private static final DocumentCodec CODEC = new DocumentCodec();

    private Streams() {
    }

    /** Every document of {@code collection}, in {@code _id} order. */
    public static void scan(RunContext context, String collection, Consumer<Document> consumer) {
        MongoCollection<RawBsonDocument> raw = context.db().getCollection(collection, RawBsonDocument.class);
        long total = context.db().getCollection(collection).estimatedDocumentCount();
        ContentHash hash = new ContentHash();
        try (Progress.Tracker tracker = context.progress().start(collection, total);
                MongoCursor<RawBsonDocument> cursor = raw.find().sort(Sorts.ascending("_id"))
                        .batchSize(context.batchSize()).iterator()) {
            while (cursor.hasNext()) {
                RawBsonDocument next = cursor.next();
                hash.add(next);
                consumer.accept(decode(next));
                tracker.step(1);
            }
        }
        context.hashes().put(collection, new ContentHash.Result(hash.count(), hash.hex()));
    }

    /** Decodes straight from the bytes ({@code asBsonReader} would build a BsonDocument first). */
    public static Document decode(RawBsonDocument raw) {
        try (BsonBinaryReader reader = new BsonBinaryReader(raw.getByteBuffer().asNIO())) {
            return CODEC.decode(reader, DecoderContext.builder().build());
        }
    }
}
