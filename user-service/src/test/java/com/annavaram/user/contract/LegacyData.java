package com.annavaram.user.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.testsupport.LegacyFixtures;
import com.annavaram.user.support.Accounts;
import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.LegacyMongoResource;
import com.mongodb.client.MongoCollection;

/** What the contract tests expect of the legacy fixture set, computed from the set itself. */
final class LegacyData {

    /** Customer 0: an active cart of three lines (one added at an old price), a wishlist, five legacy orders. */
    static final String CUSTOMER = "customer0@example.test";
    static final ObjectId CUSTOMER_ID = new ObjectId("81af1c34a2572445b09c5307");
    static final ObjectId JACKFRUIT_CHIPS = new ObjectId("f7f4ac849b8b735316e798f2");
    static final ObjectId KOBBARI_UNDALU = new ObjectId("381f5278ce65630acd4557de");
    static final ObjectId GROUNDNUT_OIL = new ObjectId("d3b290f7cc2389ae2884c11d");
    /** Customer 0's legacy storefront order awaiting payment, its line in order_items. */
    static final ObjectId PENDING_ORDER = new ObjectId("3fd5d63e69a4ea4c9e11dc2d");

    private LegacyData() {
    }

    static Map<String, List<Document>> fixtures() {
        return LegacyFixtures.read();
    }

    static MongoCollection<Document> raw(String collection) {
        return LegacyMongoResource.database().getCollection(collection);
    }

    static Document rawById(String collection, ObjectId id) {
        return raw(collection).find(new Document("_id", id)).first();
    }

    static AuthClient.Session login(AuthClient auth) {
        return auth.login(CUSTOMER, Accounts.LEGACY_PASSWORD);
    }

    /** The mean rating, one decimal, of a product's visible reviews in the set (either id name). */
    static double averageRating(ObjectId product) {
        long sum = 0;
        long count = 0;
        for (Document review : fixtures().get("reviews")) {
            Object id = review.get("productId") != null ? review.get("productId") : review.get("product");
            if (Objects.equals(id, product) && !Boolean.FALSE.equals(review.get("isApproved"))
                    && !Boolean.TRUE.equals(review.get("isDeleted"))) {
                sum += review.getInteger("rating");
                count++;
            }
        }
        return count == 0
                ? 0
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
