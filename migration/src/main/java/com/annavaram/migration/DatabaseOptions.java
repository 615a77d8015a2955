package com.annavaram.migration;

import java.util.concurrent.TimeUnit;

import com.annavaram.model.CollectionNames;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

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
        return new ConnectionString(value);
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
}
