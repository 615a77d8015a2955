package com.annavaram.admin.product;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;

/**
 * Populates {@code categoryId} as {@code {_id, name}}. Legacy storefront products carry only the {@code category}
 * name; they are matched to a category by name, case-insensitively, as the storefront's filter does.
 */
@Component
class ProductCategories {

    private final MongoTemplate mongo;

    ProductCategories(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A resolver over the categories as they are now: one query, however many products follow. */
    Resolver resolver() {
        List<Category> all = mongo.findAll(Category.class);
        Map<ObjectId, Category> byId = new HashMap<>();
        Map<String, Category> byName = new HashMap<>();
        for (Category category : all) {
            byId.put(category.getId(), category);
            if (category.getName() != null) {
                byName.putIfAbsent(category.getName().toLowerCase(Locale.ROOT), category);
            }
        }
        return new Resolver(byId, byName);
    }

    /** Category references for products. */
    static final class Resolver {

        private final Map<ObjectId, Category> byId;
        private final Map<String, Category> byName;

        private Resolver(Map<ObjectId, Category> byId, Map<String, Category> byName) {
            this.byId = byId;
            this.byName = byName;
        }

        CategoryRef ref(Product product) {
            Category category = product.getCategoryId() != null ? byId.get(product.getCategoryId()) : null;
            if (category == null && product.getCategoryId() == null && product.getCategory() != null) {
                category = byName.get(product.getCategory().trim().toLowerCase(Locale.ROOT));
            }
            if (category == null) {
                String name = product.getCategory() == null ? "" : product.getCategory();
                String id = product.getCategoryId() == null ? null : product.getCategoryId().toHexString();
                return new CategoryRef(id, name, null);
            }
            return new CategoryRef(category.getId().toHexString(), category.getName(), category.getIsActive());
        }
    }
}
