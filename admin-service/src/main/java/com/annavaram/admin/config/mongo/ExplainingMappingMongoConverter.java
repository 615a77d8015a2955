package com.annavaram.admin.config.mongo;

import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.convert.DbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import com.annavaram.model.bson.LegacyDataException;
import com.annavaram.model.bson.ModelCodecs;
import com.mongodb.MongoClientSettings;

/**
 * The Spring Data converter, with one addition: a stored document it cannot read fails with shared-model's
 * {@link LegacyDataException}, naming the collection, the {@code _id} and the field. The verdict comes from decoding the
 * same raw document with shared-model's codecs, which read exactly what this mapping reads.
 */
final class ExplainingMappingMongoConverter extends MappingMongoConverter {

    private static final CodecRegistry SHARED = ModelCodecs.registry(MongoClientSettings.getDefaultCodecRegistry());

    ExplainingMappingMongoConverter(DbRefResolver resolver, MongoMappingContext context) {
        super(resolver, context);
    }

    @Override
    public <S> S read(Class<S> type, Bson bson) {
        try {
            return super.read(type, bson);
        } catch (RuntimeException e) {
            String collection = ModelCodecs.collectionOf(type);
            if (collection == null || !(bson instanceof Document document)) {
                throw e;
            }
            throw explain(type, collection, document, e);
        }
    }

    private static LegacyDataException explain(Class<?> type, String collection, Document document,
            RuntimeException failure) {
        BsonDocument raw = document.toBsonDocument(Document.class, SHARED);
        try {
            SHARED.get(type).decode(new BsonDocumentReader(raw), DecoderContext.builder().build());
        } catch (LegacyDataException explained) {
            explained.addSuppressed(failure);
            return explained;
        }
        LegacyDataException unexplained = new LegacyDataException(collection, document.get("_id"), "?",
                String.valueOf(failure.getMessage()));
        unexplained.initCause(failure);
        return unexplained;
    }
}
