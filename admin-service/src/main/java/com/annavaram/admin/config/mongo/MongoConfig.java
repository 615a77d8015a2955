package com.annavaram.admin.config.mongo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.DefaultMongoTypeMapper;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The Spring Data mapping of the shared documents, made to store exactly what the driver-level mapping of
 * shared-model ({@code ModelCodecs}) stores: pinned collection names, no {@code _class} key, Decimal128 money, and
 * lenient reading of legacy money and id values.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfig {

    /**
     * Timeouts short enough that a request against a stopped database fails within seconds (a 503 problem) instead
     * of waiting out the driver's 30 s server selection. Ordered first, so options in {@code MONGODB_URI} still win.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer mongoTimeouts(
            @Value("${admin.mongodb.server-selection-timeout:3s}") Duration serverSelection,
            @Value("${admin.mongodb.connect-timeout:3s}") Duration connect,
            @Value("${admin.mongodb.read-timeout:15s}") Duration read) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(serverSelection.toMillis(),
                        TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean
    MongoCustomConversions mongoCustomConversions(DataMongoProperties properties) {
        BigDecimalRepresentation configured = properties.getRepresentation().getBigDecimal();
        // Money must be Decimal128 (DESIGN.md invariant 6) even where the property is left out.
        BigDecimalRepresentation money = configured == null || configured == BigDecimalRepresentation.UNSPECIFIED
                ? BigDecimalRepresentation.DECIMAL128
                : configured;
        return MongoCustomConversions.create(adapter -> adapter.bigDecimal(money)
                .registerConverters(LegacyReadingConverters.all()));
    }

    @Bean
    MongoMappingContext mongoMappingContext(MongoCustomConversions conversions) {
        MongoMappingContext context = new SharedModelMappingContext();
        context.setAutoIndexCreation(false);
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        return context;
    }

    @Bean
    MappingMongoConverter mappingMongoConverter(MongoDatabaseFactory factory, MongoMappingContext context,
            MongoCustomConversions conversions) {
        MappingMongoConverter converter = new ExplainingMappingMongoConverter(new DefaultDbRefResolver(factory),
                context);
        converter.setCustomConversions(conversions);
        // The other service and the migration write no type key; a _class field would be noise to them.
        converter.setTypeMapper(new DefaultMongoTypeMapper(null, context));
        return converter;
    }
}
