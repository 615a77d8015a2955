package com.annavaram.user.config;

import jakarta.inject.Singleton;

import com.annavaram.model.bson.ModelCodecs;
import com.mongodb.MongoClientSettings;

import io.quarkus.mongodb.runtime.MongoClientCustomizer;

/**
 * Puts the shared model codecs in front of the driver's defaults on the Quarkus client, so every read and write
 * (Panache included) passes the alias hooks and the lenient money and id readers; Panache has no lifecycle callbacks.
 */
@Singleton
class ModelCodecsCustomizer implements MongoClientCustomizer {

    @Override
    public MongoClientSettings.Builder customize(MongoClientSettings.Builder builder) {
        // Quarkus calls customizers last, so this replaces the registry it assembled from its own providers.
        return builder.codecRegistry(ModelCodecs.registry(MongoClientSettings.getDefaultCodecRegistry()));
    }
}
