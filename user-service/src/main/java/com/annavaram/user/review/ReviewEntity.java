package com.annavaram.user.review;

import com.annavaram.model.review.Review;

import io.quarkus.mongodb.panache.common.MongoEntity;

/** The shared {@link Review} as a Panache entity; the model codecs keep its alias pairs. */
@MongoEntity(collection = Review.COLLECTION)
public class ReviewEntity extends Review {
}
