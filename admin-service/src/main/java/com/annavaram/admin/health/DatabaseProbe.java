package com.annavaram.admin.health;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoClient;
import com.mongodb.connection.ServerDescription;

/**
 * Whether the database answers. The driver's own view of the cluster is read first, so a health check against a
 * database that is known to be away answers at once instead of waiting out the server selection timeout.
 */
@Component
class DatabaseProbe {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProbe.class);
    private static final Document PING = new Document("ping", 1);

    private final MongoClient client;
    private final MongoDatabaseFactory factory;

    DatabaseProbe(MongoClient client, MongoDatabaseFactory factory) {
        this.client = client;
        this.factory = factory;
    }

    boolean isReachable() {
        boolean anyServerUp = client.getClusterDescription().getServerDescriptions().stream()
                .anyMatch(ServerDescription::isOk);
        if (!anyServerUp) {
            return false;
        }
        try {
            factory.getMongoDatabase().runCommand(PING);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Database ping failed: {}", e.getMessage());
            return false;
        }
    }
}
