package com.annavaram.migration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

import com.annavaram.migration.backup.Backups;
import com.annavaram.migration.backup.ContentHash;
import com.annavaram.testsupport.LegacyFixtures;
import com.annavaram.testsupport.MongoTestServer;
import com.annavaram.testsupport.TestDatabases;
import com.mongodb.client.MongoDatabase;

/** Test databases on the shared server: the legacy fixture set, content hashes, the JSON reports. */
final class TestData {

    private TestData() {
    }

    static MongoDatabase fresh(String purpose) {
        return MongoTestServer.get().client().getDatabase(TestDatabases.unique(purpose));
    }

    /** A new database holding the legacy fixture set. */
    static MongoDatabase fixture(String purpose) {
        MongoDatabase db = fresh(purpose);
        LegacyFixtures.load(db);
        return db;
    }

    static String uri(MongoDatabase db) {
        return MongoTestServer.get().uri(db.getName());
    }

    /**
     * Content hash of every data collection: everything but the migration's own bookkeeping (runs, lock, id map,
     * backups, staging) and the audit log.
     */
    static Map<String, String> hashes(MongoDatabase db) {
        Map<String, String> hashes = new TreeMap<>();
        for (String name : db.listCollectionNames().into(new ArrayList<>())) {
            if (!name.startsWith("migration_") && !Backups.isBackup(name) && !name.contains("_staging_")
                    && !name.equals("audit_logs")) {
                ContentHash.Result result = ContentHash.of(db, name);
                hashes.put(name, result.count() + ":" + result.hash());
            }
        }
        return hashes;
    }

    static List<String> collections(MongoDatabase db) {
        return db.listCollectionNames().into(new ArrayList<>());
    }

    static Document readJson(Path file) {
        try {
            return Document.parse(java.nio.file.Files.readString(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The id of the run recorded in {@code migration_runs} (the latest). */
    static String lastRunId(MongoDatabase db) {
        Document run = db.getCollection("migration_runs").find().sort(new Document("startedAt", -1)).first();
        return run == null ? null : run.getString("_id");
    }
}
