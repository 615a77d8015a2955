package com.annavaram.admin.product;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import com.annavaram.model.catalog.Product;

/** Reads of {@code products} through the Spring mapping (and so the load hook); writes go through the service. */
@Repository
class ProductRepository {

    private final MongoTemplate mongo;

    ProductRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<Product> findById(ObjectId id) {
        return Optional.ofNullable(mongo.findById(id, Product.class));
    }

    Optional<Product> findBySlug(String slug) {
        return Optional.ofNullable(mongo.findOne(Query.query(where(Product.SLUG).is(slug)), Product.class));
    }

    List<Product> find(Query query) {
        return mongo.find(query, Product.class);
    }

    long count(Query query) {
        return mongo.count(Query.of(query).limit(0).skip(0), Product.class);
    }

    boolean slugTaken(String slug) {
        return mongo.exists(Query.query(where(Product.SLUG).is(slug)), Product.class);
    }

    Product insert(Product product) {
        return mongo.insert(product);
    }
}
