package com.annavaram.user.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import com.annavaram.model.CollectionNames;

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

    /**
     * The database named in the path of a MongoDB connection string; empty when there is none. Parsed here rather than
     * by the driver's {@code ConnectionString}: for {@code mongodb+srv} that class starts Quarkus' DNS client, which
     * reads the very configuration that is still being built.
     */
    static Optional<String> databaseOf(String connectionString) {
        if (connectionString == null) {
            return Optional.empty();
        }
        String uri = connectionString.trim();
        int scheme = uri.indexOf("://");
        if (scheme < 0) {
            return Optional.empty();
        }
        String rest = uri.substring(scheme + 3);
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        // A '/' in the credentials must be percent-encoded, so the first '/' after the last '@' ends the hosts.
        int slash = rest.indexOf('/', rest.lastIndexOf('@') + 1);
        if (slash < 0) {
            return Optional.empty();
        }
        String database = decode(rest.substring(slash + 1));
        return database.isBlank() ? Optional.empty() : Optional.of(database);
    }

    /** Percent-decoding only: unlike form encoding, a '+' in a connection string is a plus. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
