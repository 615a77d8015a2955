package com.annavaram.migration.backup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bson.RawBsonDocument;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

/**
 * SHA-256 over a collection's documents as stored (their BSON bytes, field order and types included), in {@code _id}
 * order: equal hashes mean byte-for-byte equal contents. Streams; never holds the collection.
 */
public final class ContentHash {

    private final MessageDigest digest;
    private long count;

    public ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the next document, in {@code _id} order. */
    public void add(RawBsonDocument document) {
        ByteBuffer bytes = document.getByteBuffer().asNIO();
        digest.update(bytes);
        count++;
    }

    public long count() {
        return count;
    }

    /** The hex digest; the hash can no longer be added to. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Count and hash of one collection. */
    public record Result(long count, String hash) {
    }

    /** Hashes {@code collection} of {@code db} (an absent collection hashes as empty). */
    public static Result of(MongoDatabase db, String collection) {
        ContentHash hash = new ContentHash();
        MongoCollection<RawBsonDocument> raw = db.getCollection(collection, RawBsonDocument.class);
        try (MongoCursor<RawBsonDocument> cursor = raw.find().sort(Sorts.ascending("_id")).batchSize(1000)
                .iterator()) {
            cursor.forEachRemaining(hash::add);
        }
        return new Result(hash.count(), hash.hex());
    }

    /** Combines several hashes (e.g. of every input collection) into one. */
    public static String combine(Iterable<String> parts) {
        ContentHash hash = new ContentHash();
        for (String part : parts) {
            hash.digest.update(part.getBytes(StandardCharsets.UTF_8));
            hash.digest.update((byte) 0);
        }
        return hash.hex();
    }
}
