package com.annavaram.migration;

import java.util.concurrent.TimeUnit;

import org.bson.Document;

import com.annavaram.model.CollectionNames;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import picocli.CommandLine.Option;

/** The database every subcommand works on: {@code --uri}, else {@code MONGODB_URI}, else the local default. */
final class DatabaseOptions {

    static final String DEFAULT_URI = "mongodb://localhost:27017/" + CollectionNames.DEFAULT_DATABASE;

    @Option(names = "--uri", description = "MongoDB connection string with the database in the path "
            + "(default: $MONGODB_URI or " + DEFAULT_URI + ")")
    String uri;

    @Option(names = "--timeout-seconds", defaultValue = "10", description = "How long to wait for the server before giving up (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    ConnectionString connectionString() {
        String value = uri != null ? uri : System.getenv().getOrDefault("MONGODB_URI", DEFAULT_URI);
        try {
            return new ConnectionString(value);
        } catch (IllegalArgumentException e) {
            throw new MigrationException(ExitCodes.USAGE, "invalid MongoDB URI: " + e.getMessage());
        }
    }

    String databaseName() {
        String name = connectionString().getDatabase();
        return name == null || name.isBlank() ? CollectionNames.DEFAULT_DATABASE : name;
    }

    MongoClient connect() {
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(connectionString())
                .applyToClusterSettings(c -> c.serverSelectionTimeout(timeoutSeconds, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(timeoutSeconds, TimeUnit.SECONDS)).build();
        return MongoClients.create(settings);
    }

    /** The database, after a ping: an unreachable server is a clear message and exit code 4, not a stack trace. */
    MongoDatabase reach(MongoClient client) {
        MongoDatabase db = client.getDatabase(databaseName());
        try {
            db.runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            throw unreachable(e);
        }
        return db;
    }

    MigrationException unreachable(MongoException e) {
        return new MigrationException(ExitCodes.ABORTED, "cannot reach " + connectionString().getHosts() + ": "
                + e.getMessage(), e);
    }
}
