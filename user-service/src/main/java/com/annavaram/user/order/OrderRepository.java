package com.annavaram.user.order;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Orders through Panache, with the shared codecs applying the save and load hooks. */
@ApplicationScoped
public class OrderRepository implements PanacheMongoRepositoryBase<OrderEntity, ObjectId> {
}
