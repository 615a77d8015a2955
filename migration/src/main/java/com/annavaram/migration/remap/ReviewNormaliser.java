package com.annavaram.migration.remap;

import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.RunContext;
import com.annavaram.migration.Values;
import com.annavaram.migration.report.AliasFindings;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.report.Sections;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.review.Review;

/**
 * One review in the stored shape: both names of each pair set (userId, productId and reviewText win where they
 * differ), the product reference remapped, booleans and counters defaulted, {@code __v} dropped.
 */
final class ReviewNormaliser {

    private static final String COLLECTION = CollectionNames.REVIEWS;

    private final Report report;
    private final IdMap ids;
    private final Set<ObjectId> users;

    ReviewNormaliser(RunContext context, IdMap ids, Set<ObjectId> users) {
        this.report = context.report();
        this.ids = ids;
        this.users = users;
    }

    /** The normalised review; problems (missing user or product) go to the report. */
    Document normalise(Document review) {
        Object id = review.get("_id");
        Document out = new Document(review);
        out.remove("__v");
        ObjectId user = idPair(out, review, Review.USER_ID, Review.USER);
        if (user == null) {
            report.problem(COLLECTION, id, Review.USER_ID, "review has no user (userId/user)");
        } else if (!users.contains(user)) {
            report.problem(COLLECTION, id, Review.USER_ID, "references missing user " + user.toHexString());
        }
        ObjectId product = idPair(out, review, Review.PRODUCT_ID, Review.PRODUCT);
        if (product == null) {
            report.problem(COLLECTION, id, Review.PRODUCT_ID, "review has no product (productId/product)");
        } else {
            ObjectId remapped = ids.remap(product);
            if (!remapped.equals(product)) {
                out.put(Review.PRODUCT_ID, remapped);
                out.put(Review.PRODUCT, remapped);
                RemapStep.rewritten(report, COLLECTION, id, Review.PRODUCT_ID, product, remapped);
            }
            if (!ids.isProduct(remapped)) {
                report.problem(COLLECTION, id, Review.PRODUCT_ID, "references missing product "
                        + remapped.toHexString());
            }
        }
        Object text = Values.isBlank(review.get(Review.REVIEW_TEXT)) && !Values.isBlank(review.get(Review.COMMENT))
                ? review.get(Review.COMMENT)
                : review.get(Review.REVIEW_TEXT);
        if (text != null || review.containsKey(Review.COMMENT)) {
            out.put(Review.REVIEW_TEXT, text);
            out.put(Review.COMMENT, text);
        }
        Integer rating = Values.integer(review.get(Review.RATING));
        if (rating == null || rating < 1 || rating > 5) {
            report.problem(COLLECTION, id, Review.RATING, "rating is not a whole number from 1 to 5: "
                    + Values.printable(review.get(Review.RATING)));
        } else {
            fix(out, id, Review.RATING, rating);
        }
        flag(out, id, Review.IS_APPROVED, true);
        flag(out, id, Review.IS_DELETED, false);
        flag(out, id, Review.IS_VERIFIED_PURCHASE, false);
        Integer helpful = Values.integer(review.get(Review.HELPFUL_COUNT));
        fix(out, id, Review.HELPFUL_COUNT, helpful == null || helpful < 0 ? 0 : helpful);
        dates(out, id);
        AliasFindings.record(report, COLLECTION, COLLECTION, review, out, Map.of());
        return out;
    }

    /** The first name's id, else the second's; both names set to it. */
    private static ObjectId idPair(Document out, Document original, String first, String second) {
        Function<String, ObjectId> read = name -> Values.id(original.get(name));
        ObjectId value = read.apply(first) != null ? read.apply(first) : read.apply(second);
        if (value != null) {
            out.put(first, value);
            out.put(second, value);
        }
        return value;
    }

    private void flag(Document out, Object id, String field, boolean fallback) {
        Boolean value = Values.bool(out.get(field));
        fix(out, id, field, value == null ? fallback : value);
    }

    private void fix(Document out, Object id, String field, Object value) {
        Object old = out.get(field);
        if (!value.equals(old) || (old != null && old.getClass() != value.getClass())) {
            report.repair(COLLECTION, id, field, old, value);
            out.put(field, value);
        }
    }

    private void dates(Document out, Object id) {
        Date created = Values.date(out.get(Review.CREATED_AT));
        if (created == null && id instanceof ObjectId oid) {
            created = oid.getDate();
        }
        if (created != null && !created.equals(out.get(Review.CREATED_AT))) {
            report.repair(COLLECTION, id, Review.CREATED_AT, out.get(Review.CREATED_AT), created);
            out.put(Review.CREATED_AT, created);
        }
        Date updated = Values.date(out.get(Review.UPDATED_AT));
        if (updated != null && !updated.equals(out.get(Review.UPDATED_AT))) {
            out.put(Review.UPDATED_AT, updated);
        }
    }

    /** The entry of the fold section for one group of duplicate reviews. */
    static Document folded(Folds.Group group) {
        return Folds.describe(group, "kept the newest review of this user for this product");
    }

    static String section() {
        return Sections.REVIEWS_TO_FOLD;
    }
}
