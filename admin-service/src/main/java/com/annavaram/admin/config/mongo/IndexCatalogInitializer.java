package com.annavaram.admin.config.mongo;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.annavaram.model.index.IndexCatalog;
import com.annavaram.model.index.IndexReport;

/**
 * Applies shared-model's index catalogue once at start. A service must still come up on unmigrated data or while the
 * database is away, so nothing here fails the start: problems are logged at warn.
 */
@Component
class IndexCatalogInitializer implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(IndexCatalogInitializer.class);

    private final MongoTemplate mongo;

    IndexCatalogInitializer(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            // One ping first: against an absent server every index would wait out its own selection timeout.
            mongo.getDb().runCommand(new Document("ping", 1));
        } catch (RuntimeException e) {
            LOG.warn("Index catalogue not applied: database unreachable ({})", e.getMessage());
            return;
        }
        try {
            IndexReport report = IndexCatalog.apply(command -> mongo.getDb().runCommand(command));
            if (report.isComplete()) {
                LOG.info("Index catalogue applied: {}", report);
            } else {
                LOG.warn("Index catalogue incomplete: {}", report);
            }
        } catch (RuntimeException e) {
            LOG.warn("Index catalogue not applied: {}", e.getMessage());
        }
    }
}
