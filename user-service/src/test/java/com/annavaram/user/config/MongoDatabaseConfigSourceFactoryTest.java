package com.annavaram.user.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class MongoDatabaseConfigSourceFactoryTest {

    @ParameterizedTest
    @CsvSource({"mongodb://localhost:27017/online_annavaram, online_annavaram",
            "mongodb://127.0.0.1:40123/it_user_service, it_user_service",
            "'mongodb://app:s3cr%2Ft@db1:27017,db2:27017/shop?replicaSet=rs0&authSource=admin', shop",
            "mongodb+srv://app:secret@cluster0.example.net/annavaram_prod?retryWrites=true, annavaram_prod",
            "mongodb://localhost/caf%C3%A9+shop, café+shop"})
    void shouldTakeTheDatabaseFromThePathOfTheConnectionString(String uri, String database) {
        assertThat(MongoDatabaseConfigSourceFactory.databaseOf(uri)).contains(database);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mongodb://localhost:27017", "mongodb://localhost:27017/",
            "mongodb://db1,db2/?replicaSet=rs0", "mongodb://user:pa/ss@db1/", "not a connection string", " "})
    void shouldFindNoDatabaseWhereThePathHasNone(String uri) {
        assertThat(MongoDatabaseConfigSourceFactory.databaseOf(uri)).isEmpty();
    }

    @Test
    void shouldConfigureTheDatabaseOfTheResolvedConnectionString() {
        SmallRyeConfig config = config(Map.of("MONGODB_URI", "mongodb://db.internal:27017/storefront",
                "quarkus.mongodb.connection-string", "${MONGODB_URI:mongodb://localhost:27017/online_annavaram}"));

        assertThat(config.getValue("quarkus.mongodb.database", String.class)).isEqualTo("storefront");
    }

    @Test
    void shouldFallBackToTheSharedDatabaseWhenThePathNamesNone() {
        SmallRyeConfig config = config(Map.of("quarkus.mongodb.connection-string", "mongodb://db.internal:27017"));

        assertThat(config.getValue("quarkus.mongodb.database", String.class)).isEqualTo("online_annavaram");
    }

    @Test
    void shouldLetAnExplicitDatabaseWin() {
        SmallRyeConfig config = config(Map.of("quarkus.mongodb.connection-string",
                "mongodb://db.internal:27017/storefront", "quarkus.mongodb.database", "reporting"));

        assertThat(config.getValue("quarkus.mongodb.database", String.class)).isEqualTo("reporting");
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new MongoDatabaseConfigSourceFactory()).build();
    }
}
