package com.annavaram.user.order;

import com.annavaram.model.order.Order;

import io.quarkus.mongodb.panache.common.MongoEntity;

/** The shared {@link Order} as a Panache entity; the model codecs keep its alias pairs and read legacy statuses. */
@MongoEntity(collection = Order.COLLECTION)
public class OrderEntity extends Order {
}
