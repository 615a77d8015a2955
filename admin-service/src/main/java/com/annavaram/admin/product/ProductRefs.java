package com.annavaram.admin.product;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.annavaram.model.catalog.LegacyAdminProduct;
import com.annavaram.model.catalog.Product;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * Populates product references of orders and reviews with one query per batch. Before the migration, admin orders
 * still name products that live in the legacy {@code adminproducts} collection; those are looked up there.
 */
@Component
public class ProductRefs {

    private final MongoTemplate mongo;

    ProductRefs(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The references of {@code ids} that exist; missing ids have no entry. */
    public Map<ObjectId, ProductRef> of(Collection<ObjectId> ids) {
        Set<ObjectId> wanted = new HashSet<>(ids);
        wanted.remove(null);
        Map<ObjectId, ProductRef> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        collect(Product.COLLECTION, wanted, found);
        wanted.removeAll(found.keySet());
        if (!wanted.isEmpty()) {
            collect(LegacyAdminProduct.COLLECTION, wanted, found);
        }
        return found;
    }

    private void collect(String collection, Set<ObjectId> ids, Map<ObjectId, ProductRef> into) {
        for (Document doc : mongo.getCollection(collection).find(Filters.in("_id", ids))
                .projection(Projections.include(Product.NAME, Product.IMAGE_URL, Product.IMAGES))) {
            String imageUrl = doc.getString(Product.IMAGE_URL);
            if (imageUrl == null || imageUrl.isBlank()) {
                List<?> images = doc.get(Product.IMAGES) instanceof List<?> l ? l : List.of();
                imageUrl = images.isEmpty() ? null : Objects.toString(images.get(0), null);
            }
            ObjectId id = doc.getObjectId("_id");
            into.put(id, new ProductRef(id.toHexString(), doc.getString(Product.NAME), imageUrl));
        }
    }
}
