package com.annavaram.admin.category;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.annavaram.admin.config.mongo.AliasedUpdates;
import com.annavaram.admin.error.ApiException;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * What a category change means for its products: which ones use it (by id, or legacy storefront products by name
 * alone), and the rename of its name on each of them.
 */
@Component
class CategoryProducts {

    private final MongoTemplate mongo;
    private final AliasedUpdates updates;
    private final Clock clock;

    CategoryProducts(MongoTemplate mongo, AliasedUpdates updates, Clock clock) {
        this.mongo = mongo;
        this.updates = updates;
        this.clock = clock;
    }

    void refuseWhileUsed(Category category, String verb) {
        long inUse = mongo.getCollection(Product.COLLECTION)
                .countDocuments(Filters.and(Filters.ne(Product.IS_DELETED, true), usedBy(category)));
        if (inUse > 0) {
            throw ApiException.conflict("This category is used by " + inUse + " product" + (inUse == 1 ? "" : "s")
                    + " and cannot be " + verb, Map.of("productCount", inUse));
        }
    }

    /** Products of the category: by id, or (legacy storefront products) by name alone. */
    private static Bson usedBy(Category category) {
        Pattern sameName = Pattern.compile("^" + Pattern.quote(category.getName()) + "$", Pattern.CASE_INSENSITIVE);
        return Filters.or(Filters.eq(Product.CATEGORY_ID, category.getId()),
                Filters.and(Filters.eq(Product.CATEGORY_ID, null), Filters.regex(Product.CATEGORY, sameName)));
    }

    /** One update per product, through the expander, so each product's category pair is written whole. */
    void rename(ObjectId id, String oldName) {
        Category old = new Category();
        old.setId(id);
        old.setName(oldName);
        Date now = Date.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        // The ids first: the updates below would otherwise run under an open cursor over the documents they change.
        List<ObjectId> ids = mongo.getCollection(Product.COLLECTION).find(usedBy(old))
                .projection(Projections.include("_id")).map(doc -> doc.getObjectId("_id")).into(new ArrayList<>());
        for (ObjectId productId : ids) {
            Document raw = updates.current(Product.COLLECTION, productId);
            if (raw != null) {
                updates.updateOne(Product.COLLECTION, Filters.eq("_id", raw.get("_id")), new Document("$set",
                        new Document(Product.CATEGORY_ID, id).append(Product.UPDATED_AT, now)), raw);
            }
        }
    }
}
