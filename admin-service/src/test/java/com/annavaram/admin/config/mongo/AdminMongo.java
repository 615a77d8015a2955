package com.annavaram.admin.config.mongo;

import java.time.Clock;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoProperties;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;

import com.annavaram.testsupport.MongoTestServer;
import com.mongodb.client.MongoDatabase;

/**
 * admin-service's Mongo layer without Spring Boot, for tests that cannot use the Spring test context (jqwik
 * properties): a plain application context holding this package's own configuration (the mapping, the alias-sync
 * entity callbacks, the category lookup, {@link AliasedUpdates}) and a {@link MongoTemplate} on one database of the
 * test server, plus whichever service classes a test adds.
 */
public final class AdminMongo implements AutoCloseable {

    private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    private final String database;

    public AdminMongo(String database, Class<?>... services) {
        this.database = database;
        // Spring Boot's conversions, so the configuration's @Value durations ("3s") read as they do in the service
        context.getBeanFactory().setConversionService(new ApplicationConversionService());
        context.registerBean(Clock.class, Clock::systemUTC);
        context.registerBean(DataMongoProperties.class, DataMongoProperties::new);
        context.registerBean(MongoDatabaseFactory.class,
                () -> new SimpleMongoClientDatabaseFactory(MongoTestServer.get().client(), database));
        context.registerBean(MongoTemplate.class, () -> new MongoTemplate(context.getBean(MongoDatabaseFactory.class),
                context.getBean(MappingMongoConverter.class)));
        context.scan(AdminMongo.class.getPackageName());
        if (services.length > 0) {
            context.register(services);
        }
        context.refresh();
    }

    public <T> T get(Class<T> type) {
        return context.getBean(type);
    }

    public MongoTemplate template() {
        return get(MongoTemplate.class);
    }

    public MongoDatabase db() {
        return MongoTestServer.get().client().getDatabase(database);
    }

    @Override
    public void close() {
        context.close();
        db().drop();
    }
}
