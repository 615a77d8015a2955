package com.annavaram.user.config;

import java.time.Instant;

import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecProvider;
import org.bson.codecs.configuration.CodecRegistry;

/**
 * A codec provider on the class path that is not the shared model's: Quarkus installs every provider it finds in the
 * index ahead of the driver's defaults, so without the customizer this one would store times as strings.
 */
public final class StrayInstantCodecProvider implements CodecProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> Codec<T> get(Class<T> clazz, CodecRegistry registry) {
        return clazz == Instant.class ? (Codec<T>) new InstantAsString() : null;
    }

    private static final class InstantAsString implements Codec<Instant> {

        @Override
        public void encode(BsonWriter writer, Instant value, EncoderContext context) {
            writer.writeString(value.toString());
        }

        @Override
        public Instant decode(BsonReader reader, DecoderContext context) {
            return Instant.parse(reader.readString());
        }

        @Override
        public Class<Instant> getEncoderClass() {
            return Instant.class;
        }
    }
}
