package com.annavaram.user.catalog;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Categories through Panache. */
@ApplicationScoped
public class CategoryRepository implements PanacheMongoRepositoryBase<CategoryEntity, ObjectId> {
}
