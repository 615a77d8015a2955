package com.annavaram.user.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.OrderLine;
import com.annavaram.testsupport.AliasChecker;
import com.annavaram.testsupport.TestDatabases;
import com.annavaram.user.order.OrderEntity;
import com.annavaram.user.review.ReviewEntity;
import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * user-service's write paths keep every alias pair equal: any sequence of whole-document writes of its Panache
 * entities (encoded by the service's codec registry, whose hooks are the only alias sync Panache has) and partial
 * updates through the service's {@link AliasedUpdates}, leaves {@link AliasChecker} nothing to report. Panache itself
 * needs a running Quarkus; its persist and update are a replace of the encoded entity, which is what this does.
 */
class AliasPropertiesIT {

    private static final UserMongo MONGO = new UserMongo(TestDatabases.unique("user_alias_properties"));
    private static final ObjectId ID = new ObjectId("64d0000000000000000000aa");
    private static final List<ObjectId> IDS = List.of(new ObjectId("64d000000000000000000001"),
            new ObjectId("64d000000000000000000002"), new ObjectId("64d000000000000000000003"));

    @BeforeTry
    void seed() {
        for (String collection : List.of(CollectionNames.PRODUCTS, CollectionNames.ORDERS, CollectionNames.REVIEWS,
                CollectionNames.CATEGORIES)) {
            MONGO.db().getCollection(collection).deleteMany(new Document());
        }
        MONGO.db().getCollection(Category.COLLECTION).insertMany(List.of(
                new Document("_id", IDS.get(0)).append(Category.NAME, "Pickles"),
                new Document("_id", IDS.get(1)).append(Category.NAME, "Sweets")));
        MONGO.db().getCollection(Product.COLLECTION).insertOne(new Document("_id", ID).append(Product.STOCK, 12)
                .append(Product.TOTAL_STOCK, 12).append(Product.IMAGE_URL, "a.jpg").append(Product.IMAGES,
                        List.of("a.jpg"))
                .append(Product.CATEGORY_ID, IDS.get(0)).append(Product.CATEGORY, "Pickles"));
        OrderEntity order = new OrderEntity();
        order.setId(ID);
        order.setUser(IDS.get(0));
        order.setProducts(new ArrayList<>(List.of(line(IDS.get(0), 2), line(IDS.get(1), 1))));
        MONGO.db().getCollection(CollectionNames.ORDERS, OrderEntity.class).insertOne(order);
        ReviewEntity review = new ReviewEntity();
        review.setId(ID);
        review.setUser(IDS.get(0));
        review.setProduct(ID);
        review.setComment("Tastes like home");
        review.setRating(5);
        MONGO.db().getCollection(CollectionNames.REVIEWS, ReviewEntity.class).insertOne(review);
    }

    @AfterContainer
    static void close() {
        MONGO.close();
    }

    @Property(tries = 40)
    void everyPairStaysEqualUnderAnyWritesAndPartialUpdates(@ForAll("steps") List<Step> steps) {
        assertThat(AliasChecker.scan(MONGO.db())).as("after the inserts").isEmpty();
        for (Step step : steps) {
            step.run();
            assertThat(AliasChecker.scan(MONGO.db())).as("after %s", step).isEmpty();
        }
    }

    interface Step {
        void run();
    }

    /** Reads the entity through the codecs, calls one setter and writes it back whole, as Panache's update does. */
    record Write<T>(Class<T> type, String collection, String field, Object value, BiConsumer<T, Object> setter)
            implements
                Step {

        @Override
        public void run() {
            var typed = MONGO.db().getCollection(collection, type);
            T entity = typed.find(Filters.eq("_id", ID)).first();
            setter.accept(entity, value);
            typed.replaceOne(Filters.eq("_id", ID), entity, new ReplaceOptions().upsert(true));
        }

        @Override
        public String toString() {
            return "write " + type.getSimpleName() + " with " + field + " = " + value;
        }
    }

    /** A partial update through the service's one update path; {@code line} adds {@code products.productId} to the query. */
    record Update(String collection, String json, ObjectId line) implements Step {

        @Override
        public void run() {
            AliasedUpdates updates = MONGO.updates();
            Bson filter = line == null
                    ? Filters.eq("_id", ID)
                    : Filters.and(Filters.eq("_id", ID), Filters.eq("products.productId", line));
            try {
                updates.updateOne(collection, filter, Document.parse(json), updates.current(collection, ID));
            } catch (IllegalArgumentException | MongoException refused) {
                // refused before it was sent, or by the server: nothing was written
            }
        }

        @Override
        public String toString() {
            return collection + " " + json + (line == null ? "" : " where products.productId = " + line);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.oneOf(orderWrites(), reviewWrites(), productUpdates(), orderUpdates(), reviewUpdates())
                .list().ofMinSize(1).ofMaxSize(8);
    }

    private static Arbitrary<Step> orderWrites() {
        Arbitrary<ObjectId> id = Arbitraries.of(IDS);
        Arbitrary<List<ObjectId>> lines = id.list().ofMaxSize(3);
        String orders = CollectionNames.ORDERS;
        return Arbitraries.oneOf(
                id.map(v -> new Write<>(OrderEntity.class, orders, "userId", v,
                        (o, x) -> o.setUserId((ObjectId) x))),
                id.map(v -> new Write<>(OrderEntity.class, orders, "user", v, (o, x) -> o.setUser((ObjectId) x))),
                lines.map(v -> new Write<>(OrderEntity.class, orders, "products", v,
                        (o, x) -> o.setProducts(lines(x)))),
                lines.map(v -> new Write<>(OrderEntity.class, orders, "items", v, (o, x) -> o.setItems(lines(x)))),
                id.map(v -> new Write<>(OrderEntity.class, orders, "products.0.product", v, (o, x) -> {
                    if (!o.getProducts().isEmpty()) {
                        o.getProducts().get(0).setProduct((ObjectId) x);
                    }
                })));
    }

    private static Arbitrary<Step> reviewWrites() {
        Arbitrary<ObjectId> id = Arbitraries.of(IDS);
        Arbitrary<String> text = Arbitraries.of("Too salty", "Lovely", "");
        String reviews = CollectionNames.REVIEWS;
        return Arbitraries.oneOf(
                id.map(v -> new Write<>(ReviewEntity.class, reviews, "user", v, (r, x) -> r.setUser((ObjectId) x))),
                id.map(v -> new Write<>(ReviewEntity.class, reviews, "productId", v,
                        (r, x) -> r.setProductId((ObjectId) x))),
                text.map(v -> new Write<>(ReviewEntity.class, reviews, "comment", v,
                        (r, x) -> r.setComment((String) x))),
                text.map(v -> new Write<>(ReviewEntity.class, reviews, "reviewText", v,
                        (r, x) -> r.setReviewText((String) x))));
    }

    private static Arbitrary<Step> productUpdates() {
        Arbitrary<String> stock = Combinators.combine(Arbitraries.of("$set", "$inc", "$min", "$max", "$mul"),
                Arbitraries.of("stock", "totalStock"), Arbitraries.integers().between(0, 9))
                .as((op, f, n) -> "{'%s': {'%s': %d}}".formatted(op, f, n));
        Arbitrary<String> other = Arbitraries.of("{'$set': {'imageUrl': 'c.jpg'}}", "{'$set': {'images.0': 'd.jpg'}}",
                "{'$unset': {'imageUrl': ''}}", "{'$push': {'images': 'f.jpg'}}", "{'$pop': {'images': -1}}",
                "{'$set': {'category': 'sweets'}}", "{'$set': {'averageRating': 4.5, 'reviewCount': 2}}");
        return Arbitraries.oneOf(stock, other)
                .map(json -> new Update(CollectionNames.PRODUCTS, json.replace('\'', '"'), null));
    }

    private static Arbitrary<Step> orderUpdates() {
        Arbitrary<String> array = Arbitraries.of("products", "items");
        Arbitrary<String> id = Arbitraries.of(IDS).map(ObjectId::toHexString);
        Arbitrary<String> plain = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("userId", "user"), id)
                        .as((f, v) -> "{'$set': {'%s': {'$oid': '%s'}}}".formatted(f, v)),
                Combinators.combine(array, Arbitraries.of("0", "$[]"), Arbitraries.of("productId", "product"), id)
                        .as((a, s, f, v) -> "{'$set': {'%s.%s.%s': {'$oid': '%s'}}}".formatted(a, s, f, v)),
                Combinators.combine(array, id).as((a, v) -> "{'$push': {'%s': {'productId': {'$oid': '%s'}, "
                        + "'productName': 'Item', 'quantity': 1}}}".formatted(a, v)),
                Combinators.combine(array, id)
                        .as((a, v) -> "{'$pull': {'%s': {'product': {'$oid': '%s'}}}}".formatted(a, v)));
        Arbitrary<Step> positional = Combinators.combine(array, Arbitraries.of(IDS))
                .as((a, line) -> new Update(CollectionNames.ORDERS,
                        "{'$set': {'%s.$.quantity': 3}}".formatted(a).replace('\'', '"'), line));
        return Arbitraries.oneOf(plain.map(json -> new Update(CollectionNames.ORDERS, json.replace('\'', '"'), null)),
                positional);
    }

    private static Arbitrary<Step> reviewUpdates() {
        Arbitrary<String> ids = Combinators.combine(Arbitraries.of("userId", "user", "productId", "product"),
                Arbitraries.of(IDS)).as((f, v) -> "{'$set': {'%s': {'$oid': '%s'}}}".formatted(f, v.toHexString()));
        Arbitrary<String> texts = Combinators.combine(Arbitraries.of("reviewText", "comment"),
                Arbitraries.of("Edited", "")).as((f, v) -> "{'$set': {'%s': '%s'}}".formatted(f, v));
        Arbitrary<String> unset = Arbitraries.of("reviewText", "comment", "product")
                .map(f -> "{'$unset': {'%s': ''}}".formatted(f));
        return Arbitraries.oneOf(ids, texts, unset)
                .map(json -> new Update(CollectionNames.REVIEWS, json.replace('\'', '"'), null));
    }

    private static OrderLine line(ObjectId productId, int quantity) {
        OrderLine line = new OrderLine();
        line.setProduct(productId);
        line.setProductName("Item");
        line.setQuantity(quantity);
        line.setUnitPrice(new BigDecimal("10.00"));
        return line;
    }

    @SuppressWarnings("unchecked")
    private static List<OrderLine> lines(Object ids) {
        List<OrderLine> lines = new ArrayList<>();
        ((List<ObjectId>) ids).forEach(id -> lines.add(line(id, 1)));
        return lines;
    }
}
