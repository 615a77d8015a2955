package com.annavaram.user.support;

import java.util.Map;

import org.bson.Document;

import com.annavaram.testsupport.LegacyFixtures;
import com.annavaram.testsupport.MongoTestServer;
import com.mongodb.client.MongoDatabase;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the application at a database holding the legacy fixture set, loaded before the application starts (so
 * its index bootstrap meets unmigrated data, as in production before the migration). Test classes call
 * {@link #reload()} first so each starts from the set as it is.
 */
public final class LegacyMongoResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "it_user_legacy";

    @Override
    public Map<String, String> start() {
        database().drop();
        LegacyFixtures.load(database());
        return Map.of("quarkus.mongodb.connection-string", MongoTestServer.get().uri(DATABASE));
    }

    @Override
    public void stop() {
        // The server belongs to the JVM (MongoTestServer).
    }

    public static MongoDatabase database() {
        return MongoTestServer.get().client().getDatabase(DATABASE);
    }

    /** Empties every collection the set or the tests write (keeping indexes) and loads the set again. */
    public static void reload() {
        MongoDatabase db = database();
        for (String collection : db.listCollectionNames()) {
            db.getCollection(collection).deleteMany(new Document());
        }
        LegacyFixtures.load(db);
    }
}
