package com.annavaram.user.catalog;

import com.annavaram.model.catalog.Category;

import io.quarkus.mongodb.panache.common.MongoEntity;

/** The shared {@link Category} as a Panache entity. */
@MongoEntity(collection = Category.COLLECTION)
public class CategoryEntity extends Category {
}
