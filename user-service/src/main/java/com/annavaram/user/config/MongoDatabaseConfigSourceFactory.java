package com.annavaram.user.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import com.annavaram.model.CollectionNames;
import com.mongodb.ConnectionString;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Derives {@code quarkus.mongodb.database} from the path of the connection string, so {@code MONGODB_URI} alone picks
 * the database as it does for the other components.
 */
public final class MongoDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String CONNECTION_STRING = "quarkus.mongodb.connection-string";
    static final String DATABASE = "quarkus.mongodb.database";

    /** Below application.properties (250) and the environment, so an explicit database still wins. */
    static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue uri = context.getValue(CONNECTION_STRING);
        String database = databaseOf(uri == null ? null : uri.getValue()).orElse(CollectionNames.DEFAULT_DATABASE);
        return List.of(new PropertiesConfigSource(Map.of(DATABASE, database), "database from " + CONNECTION_STRING,
                ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /** The database named in the path of a MongoDB connection string; empty when there is none. */
    static Optional<String> databaseOf(String connectionString) {
        if (connectionString == null || connectionString.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(new ConnectionString(connectionString.trim()).getDatabase())
                    .filter(name -> !name.isBlank());
        } catch (IllegalArgumentException e) {
            // The client reports a malformed connection string with the driver's own message when it is created.
            return Optional.empty();
        }
    }
}
