package com.annavaram.user.support;

import java.util.Map;

import com.annavaram.testsupport.MongoTestServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the application at the shared test server. Only the connection string is given: the database name comes
 * from its path, as in production, so the tests also cover that derivation.
 */
public final class EmbeddedMongoResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mongodb.connection-string", MongoTestServer.get().uri(TestMongo.DATABASE));
    }

    @Override
    public void stop() {
        // The server belongs to the JVM (MongoTestServer), not to one Quarkus application.
    }
}
