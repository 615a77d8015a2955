package com.annavaram.user.config;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.annavaram.model.alias.CategoryLookup;
import com.annavaram.model.catalog.Category;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/** The category lookup of the save hook and the update expander, backed by {@code categories} (as in admin). */
@Singleton
public class MongoCategoryLookup implements CategoryLookup {

    private static final Bson ID_AND_NAME = Projections.include(Category._ID, Category.NAME);

    private final MongoClient client;
    private final String databaseName;

    MongoCategoryLookup(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String databaseName) {
        this.client = client;
        this.databaseName = databaseName;
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
        Document found = categories().find(Filters.eq(Category.NAME, name)).projection(ID_AND_NAME).first();
        if (found == null) {
            Pattern sameNameAnyCase = Pattern.compile("^" + Pattern.quote(name) + "$", Pattern.CASE_INSENSITIVE);
            found = categories().find(Filters.regex(Category.NAME, sameNameAnyCase)).projection(ID_AND_NAME).first();
        }
        return Optional.ofNullable(found).map(doc -> doc.getObjectId(Category._ID));
    }

    private MongoCollection<Document> categories() {
        return client.getDatabase(databaseName).getCollection(Category.COLLECTION);
    }
}
