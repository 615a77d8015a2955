package com.annavaram.admin.config.mongo;

import org.springframework.data.core.TypeInformation;
import org.springframework.data.mongodb.core.mapping.BasicMongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import com.annavaram.model.bson.ModelCodecs;

/**
 * A mapping context whose entities live in the collections shared-model names: the documents carry no
 * {@code @Document}, so Spring Data would otherwise derive {@code product} from {@code Product}.
 */
final class PinnedCollectionMappingContext extends MongoMappingContext {

    @Override
    protected <T> BasicMongoPersistentEntity<T> createPersistentEntity(TypeInformation<T> typeInformation) {
        return new PinnedEntity<>(typeInformation);
    }

    private static final class PinnedEntity<T> extends BasicMongoPersistentEntity<T> {

        private final String pinned;

        PinnedEntity(TypeInformation<T> typeInformation) {
            super(typeInformation);
            this.pinned = ModelCodecs.collectionOf(typeInformation.getType());
        }

        @Override
        public String getCollection() {
            return pinned != null ? pinned : super.getCollection();
        }
    }
}
