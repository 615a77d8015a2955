package com.annavaram.admin.config.mongo;

import java.lang.reflect.Modifier;

import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.PropertyNameFieldNamingStrategy;
import org.springframework.data.mapping.model.SimpleTypeHolder;
import org.springframework.data.mongodb.core.mapping.BasicMongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.CachingMongoPersistentProperty;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

import com.annavaram.model.bson.ModelCodecs;

/**
 * A mapping context for shared-model's annotation-free documents, made to store what the driver's POJO codecs
 * store. Entities live in the collections shared-model names (Spring Data would otherwise derive {@code product} from
 * {@code Product}); fields declared {@code transient} are not stored (Spring Data honours only its own
 * {@code @Transient}, and would write the alias bookkeeping of {@code AliasTracked} into every document); an id
 * declared as a String stays a String (Spring Data would store a 24-hex one as an ObjectId, which the codecs cannot
 * read back into a String); and {@code id} maps to {@code _id} only on top-level documents.
 */
final class SharedModelMappingContext extends MongoMappingContext {

    @Override
    protected <T> BasicMongoPersistentEntity<T> createPersistentEntity(TypeInformation<T> typeInformation) {
        return new PinnedEntity<>(typeInformation);
    }

    @Override
    public MongoPersistentProperty createPersistentProperty(Property property, MongoPersistentEntity<?> owner,
            SimpleTypeHolder simpleTypeHolder) {
        return SharedModelProperty.of(property, owner, simpleTypeHolder);
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

    private static final class SharedModelProperty extends CachingMongoPersistentProperty {

        private final boolean javaTransient;

        private SharedModelProperty(Property property, MongoPersistentEntity<?> owner,
                SimpleTypeHolder simpleTypeHolder) {
            super(property, owner, simpleTypeHolder, PropertyNameFieldNamingStrategy.INSTANCE);
            this.javaTransient = property.getField().map(field -> Modifier.isTransient(field.getModifiers()))
                    .orElse(false);
        }

        static SharedModelProperty of(Property property, MongoPersistentEntity<?> owner,
                SimpleTypeHolder simpleTypeHolder) {
            SharedModelProperty created = new SharedModelProperty(property, owner, simpleTypeHolder);
            created.validate();
            return created;
        }

        @Override
        public boolean isTransient() {
            return javaTransient || super.isTransient();
        }

        /** {@code id} is the document id only on top-level documents; an embedded address keeps {@code id}. */
        @Override
        public boolean isIdProperty() {
            return super.isIdProperty() && ModelCodecs.collectionOf(getOwner().getType()) != null;
        }

        @Override
        public Class<?> getFieldType() {
            return isIdProperty() && getType() == String.class ? String.class : super.getFieldType();
        }
    }
}
