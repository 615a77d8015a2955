package com.annavaram.migration.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.bson.RawBsonDocument;

import com.annavaram.migration.Faults;
import com.annavaram.migration.MigrationException;
import com.annavaram.migration.Parallel;
import com.annavaram.migration.RunContext;
import com.annavaram.migration.report.Progress;
import com.annavaram.model.CollectionNames;
import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.RenameCollectionOptions;
import com.mongodb.client.model.Sorts;

/**
 * Timestamped copies of every collection a run changes ({@code <name>_backup_<runId>}), verified by count and
 * content hash before anything is changed; and the restore from them, verified the same way.
 */
public final class Backups {

    /** The collections a run changes, hence backs up. */
    public static final List<String> CHANGED = List.of(CollectionNames.ADMIN_PRODUCTS, CollectionNames.PRODUCTS,
            CollectionNames.CATEGORIES, CollectionNames.ORDERS, CollectionNames.ORDER_ITEMS, CollectionNames.REVIEWS,
            CollectionNames.CARTS, CollectionNames.CART_ITEMS, CollectionNames.WISHLISTS);

    /**
     * The collections a run never changes in place: it builds their new contents in a staging collection and renames
     * the original to its backup name when it swaps the new one in. Their backup costs no copy; it is the original.
     */
    public static final List<String> REPLACED = List.of(CollectionNames.ADMIN_PRODUCTS, CollectionNames.PRODUCTS,
            CollectionNames.ORDERS);

    private static final String MARKER = "_backup_";

    private Backups() {
    }

    public static String name(String collection, String runId) {
        return collection + MARKER + runId;
    }

    public static boolean isBackup(String collection) {
        return collection.contains(MARKER);
    }

    /**
     * Backs up every changed collection and checks each copy against the hash the plan computed while reading.
     *
     * @return per collection: {@code {present, backup, count, hash, indexes}}
     */
    public static Document take(RunContext context, Map<String, ContentHash.Result> planned) {
        MongoDatabase db = context.db();
        List<String> existing = db.listCollectionNames().into(new ArrayList<>());
        Map<String, Document> entries = new java.util.concurrent.ConcurrentHashMap<>();
        List<Runnable> copies = new ArrayList<>();
        for (String collection : CHANGED) {
            if (REPLACED.contains(collection)) {
                entries.put(collection, existing.contains(collection)
                        ? byRename(db, collection, context.runId(), planned.get(collection))
                        : new Document("present", false));
            } else {
                copies.add(() -> entries.put(collection, backup(context, collection, existing.contains(collection),
                        planned.get(collection))));
            }
        }
        // The copies are independent: a few at once keep the client and the server busy.
        Parallel.run(copies, 3);
        Document backups = new Document();
        CHANGED.forEach(c -> backups.append(c, entries.get(c)));
        return backups;
    }

    private static Document byRename(MongoDatabase db, String collection, String runId, ContentHash.Result planned) {
        if (planned == null) {
            throw new IllegalStateException("the plan did not read " + collection);
        }
        return new Document("present", true).append("method", "rename").append("backup", name(collection, runId))
                .append("count", planned.count()).append("hash", planned.hash())
                .append("indexes", indexes(db, collection));
    }

    /**
     * Swaps a staged collection in: the original becomes its backup ({@code <name>_backup_<runId>}), the staging
     * collection takes its name. Safe to repeat after a crash between the two renames.
     */
    public static void swapIn(RunContext context, String collection, String staging) {
        MongoDatabase db = context.db();
        List<String> names = db.listCollectionNames().into(new ArrayList<>());
        String backup = name(collection, context.runId());
        context.checkpoint();
        if (names.contains(collection) && !names.contains(backup)) {
            rename(db, collection, backup);
            Faults.reached("rename:" + collection);
        }
        if (names.contains(staging)) {
            rename(db, staging, collection);
        }
    }

    /** Keeps the original of a replaced collection as its backup, when the run no longer needs it under its name. */
    public static void retire(RunContext context, String collection) {
        MongoDatabase db = context.db();
        List<String> names = db.listCollectionNames().into(new ArrayList<>());
        if (names.contains(collection) && !names.contains(name(collection, context.runId()))) {
            rename(db, collection, name(collection, context.runId()));
        }
    }

    private static void rename(MongoDatabase db, String from, String to) {
        db.getCollection(from).renameCollection(new MongoNamespace(db.getName(), to),
                new RenameCollectionOptions().dropTarget(true));
    }

    /** The hashes a run's backups recorded, for the steps to check their inputs against. */
    public static Map<String, ContentHash.Result> hashes(Document backups) {
        Map<String, ContentHash.Result> hashes = new java.util.HashMap<>();
        if (backups != null) {
            backups.forEach((collection, entry) -> {
                Document e = (Document) entry;
                if (e.getBoolean("present")) {
                    hashes.put(collection, new ContentHash.Result(e.get("count", Number.class).longValue(), e
                            .getString("hash")));
                }
            });
        }
        return hashes;
    }

    private static Document backup(RunContext context, String collection, boolean present,
            ContentHash.Result expected) {
        MongoDatabase db = context.db();
        String backup = name(collection, context.runId());
        db.getCollection(backup).drop();
        if (!present) {
            return new Document("present", false);
        }
        context.checkpoint();
        ContentHash.Result source;
        try (var tracker = context.progress().start("backup " + collection, db.getCollection(collection)
                .estimatedDocumentCount())) {
            source = copy(db, collection, backup, context.batchSize(), tracker);
        }
        ContentHash.Result copy = ContentHash.of(db, backup);
        if (copy.count() != source.count() || !copy.hash().equals(source.hash())) {
            throw MigrationException.aborted("the backup " + backup + " does not match " + collection
                    + " (count or content hash differs): nothing was changed; run again");
        }
        if (expected != null && !copy.equals(expected)) {
            throw MigrationException.aborted("the backup of " + collection + " (" + copy.count()
                    + " documents) differs from what the plan read (" + expected.count()
                    + " documents): is a service still writing? Stop both services and run again");
        }
        return new Document("present", true).append("backup", backup).append("count", copy.count())
                .append("hash", copy.hash()).append("indexes", indexes(db, collection));
    }

    /** One hash over the hashes of every input collection. */
    public static String inputHash(Document backups) {
        Map<String, String> parts = new TreeMap<>();
        backups.forEach((collection, entry) -> {
            Document e = (Document) entry;
            parts.put(collection, e.getBoolean("present") ? e.getString("hash") : "absent");
        });
        return ContentHash.combine(parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /**
     * Restores every backed-up collection (and drops those the run created), then checks each against the hash
     * taken at backup time.
     *
     * @return the restored collections and their verified counts
     */
    public static Document restore(MongoDatabase db, Document backups) {
        Document restored = new Document();
        List<String> existing = db.listCollectionNames().into(new ArrayList<>());
        for (String collection : backups.keySet()) {
            Document entry = backups.get(collection, Document.class);
            if (!entry.getBoolean("present")) {
                db.getCollection(collection).drop();
                restored.append(collection, "dropped (the run created it)");
                continue;
            }
            String backup = entry.getString("backup");
            if (!existing.contains(backup)) {
                if (!"rename".equals(entry.getString("method"))) {
                    throw MigrationException.aborted("backup " + backup + " is missing: " + collection
                            + " cannot be restored");
                }
                // Never swapped out: the live collection is still the original.
                restored.append(collection, verify(db, collection, entry) + ", never replaced");
                continue;
            }
            db.getCollection(collection).drop();
            copy(db, backup, collection, 1000, Progress.off().start(collection, 0));
            for (Document index : entry.getList("indexes", Document.class, List.of())) {
                Document spec = new Document(index);
                spec.remove("v");
                spec.remove("ns");
                try {
                    db.runCommand(new Document("createIndexes", collection).append("indexes", List.of(spec)));
                } catch (RuntimeException e) {
                    restored.append(collection + ".index." + index.getString("name"), "not restored: "
                            + e.getMessage());
                }
            }
            restored.append(collection, verify(db, collection, entry));
        }
        return restored;
    }

    private static String verify(MongoDatabase db, String collection, Document entry) {
        ContentHash.Result now = ContentHash.of(db, collection);
        if (now.count() != entry.get("count", Number.class).longValue()
                || !now.hash().equals(entry.getString("hash"))) {
            throw MigrationException.aborted("restored " + collection + " does not match its backup (" + now.count()
                    + " documents, expected " + entry.get("count") + ")");
        }
        return now.count() + " documents, hash verified";
    }

    /**
     * Copies {@code from} into {@code to} document by document, as stored (raw BSON, {@code _id} order), and returns
     * the count and content hash of what it read. A copy through the client rather than {@code $out}: the embedded
     * test server shares document objects between a collection and its {@code $out} copy, so a later update of the
     * original would change the backup too.
     */
    static ContentHash.Result copy(MongoDatabase db, String from, String to, int batchSize,
            Progress.Tracker tracker) {
        ContentHash hash = new ContentHash();
        MongoCollection<RawBsonDocument> target = db.getCollection(to, RawBsonDocument.class);
        db.createCollection(to);
        List<RawBsonDocument> batch = new ArrayList<>(batchSize);
        try (MongoCursor<RawBsonDocument> cursor = db.getCollection(from, RawBsonDocument.class).find()
                .sort(Sorts.ascending("_id")).batchSize(batchSize).iterator()) {
            while (cursor.hasNext()) {
                RawBsonDocument next = cursor.next();
                hash.add(next);
                batch.add(next);
                if (batch.size() >= batchSize) {
                    target.insertMany(batch);
                    tracker.step(batch.size());
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            target.insertMany(batch);
        }
        return new ContentHash.Result(hash.count(), hash.hex());
    }

    private static List<Document> indexes(MongoDatabase db, String collection) {
        List<Document> result = new ArrayList<>();
        for (Document index : db.getCollection(collection).listIndexes()) {
            if (!"_id_".equals(index.getString("name"))) {
                result.add(index);
            }
        }
        return result;
    }
}
