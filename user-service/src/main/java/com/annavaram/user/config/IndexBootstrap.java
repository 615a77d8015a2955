package com.annavaram.user.config;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.annavaram.model.index.IndexCatalog;
import com.annavaram.model.index.IndexReport;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import io.quarkus.runtime.StartupEvent;

/** Applies the shared index catalogue once at start; a database that is down or unmigrated never stops the start. */
@Singleton
class IndexBootstrap {

    private static final Logger LOG = Logger.getLogger(IndexBootstrap.class);

    private final MongoClient client;
    private final String databaseName;

    IndexBootstrap(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String databaseName) {
        this.client = client;
        this.databaseName = databaseName;
    }

    void onStart(@Observes StartupEvent event) {
        MongoDatabase database = client.getDatabase(databaseName);
        try {
            // One ping first: without it an unreachable server would cost a selection timeout per index.
            database.runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            LOG.warnf("indexes not applied: database %s is unreachable (%s)", databaseName, e.getMessage());
            return;
        }
        IndexReport report = IndexCatalog.apply(database::runCommand);
        if (report.isComplete()) {
            LOG.infof("database %s: %s", databaseName, report);
        } else {
            LOG.warnf("database %s: %s (run the migration to repair the data)", databaseName, report);
        }
        List<String> failed = LocalIndexes.apply(database);
        if (!failed.isEmpty()) {
            LOG.warnf("database %s: storefront indexes not built: %s", databaseName, failed);
        }
    }
}
