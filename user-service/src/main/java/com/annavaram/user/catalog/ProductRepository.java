package com.annavaram.user.catalog;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Products through Panache, with the shared codecs applying the save and load hooks. */
@ApplicationScoped
public class ProductRepository implements PanacheMongoRepositoryBase<ProductEntity, ObjectId> {
}
