package com.annavaram.user.review;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Reviews through Panache, with the shared codecs applying the save and load hooks. */
@ApplicationScoped
public class ReviewRepository implements PanacheMongoRepositoryBase<ReviewEntity, ObjectId> {
}
