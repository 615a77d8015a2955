package com.annavaram.admin.config.mongo;

import java.util.Optional;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import com.annavaram.model.alias.CategoryLookup;
import com.annavaram.model.catalog.Category;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * The category lookup of the save hook, backed by {@code categories}. It reads raw documents through the database
 * factory rather than the template, so the entity callbacks that use it do not depend on the template that calls
 * them.
 */
@Component
class MongoCategoryLookup implements CategoryLookup {

    private static final Bson ID_AND_NAME = Projections.include(Category._ID, Category.NAME);

    private final MongoDatabaseFactory factory;

    MongoCategoryLookup(MongoDatabaseFactory factory) {
        this.factory = factory;
    }

    @Override
    public Optional<String> nameOf(ObjectId categoryId) {
        if (categoryId == null) {
            return Optional.empty();
        }
        Document found = categories().find(Filters.eq(Category._ID, categoryId)).projection(ID_AND_NAME).first();
        return Optional.ofNullable(found).map(doc -> doc.getString(Category.NAME));
    }

    @Override
    public Optional<ObjectId> idOfName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        // The exact name uses the unique index; only a differently cased name needs the (unindexable) regex.
        Document found = categories().find(Filters.eq(Category.NAME, name)).projection(ID_AND_NAME).first();
        if (found == null) {
            Pattern sameNameAnyCase = Pattern.compile("^" + Pattern.quote(name) + "$", Pattern.CASE_INSENSITIVE);
            found = categories().find(Filters.regex(Category.NAME, sameNameAnyCase)).projection(ID_AND_NAME).first();
        }
        return Optional.ofNullable(found).map(doc -> doc.getObjectId(Category._ID));
    }

    private MongoCollection<Document> categories() {
        return factory.getMongoDatabase().getCollection(Category.COLLECTION);
    }
}
