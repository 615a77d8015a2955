package com.annavaram.user.catalog;

import com.annavaram.model.catalog.Product;

import io.quarkus.mongodb.panache.common.MongoEntity;

/** The shared {@link Product} as a Panache entity; the model codecs keep its alias pairs, money and ids. */
@MongoEntity(collection = Product.COLLECTION)
public class ProductEntity extends Product {
}
