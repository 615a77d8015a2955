package com.annavaram.user.config;

import com.annavaram.testsupport.MongoTestServer;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * user-service's Mongo layer without CDI, for tests that cannot start Quarkus (jqwik properties): a client customised by
 * the service's own {@link ModelCodecsCustomizer} (the one Panache encodes and decodes
 * entities with), and the service's own {@link AliasedUpdates} and {@link MongoCategoryLookup} on one database.
 */
public final class UserMongo implements AutoCloseable {

    private final MongoClient client;
    private final String database;
    private final AliasedUpdates updates;

    public UserMongo(String database) {
        this.database = database;
        this.client = MongoClients.create(new ModelCodecsCustomizer().customize(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(MongoTestServer.get().uri(database)))).build());
        this.updates = new AliasedUpdates(client, database, new MongoCategoryLookup(client, database));
    }

    public AliasedUpdates updates() {
        return updates;
    }

    /** The database through the service's codecs: typed collections encode and decode as Panache does. */
    public MongoDatabase db() {
        return client.getDatabase(database);
    }

    @Override
    public void close() {
        db().drop();
        client.close();
    }
}
