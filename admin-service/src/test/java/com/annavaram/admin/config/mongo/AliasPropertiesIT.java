package com.annavaram.admin.config.mongo;

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
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.review.Review;
import com.annavaram.testsupport.AliasChecker;
import com.annavaram.testsupport.TestDatabases;
import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * admin-service's write paths keep every alias pair equal: any sequence of whole-document saves through the template
 * (with the service's own entity callbacks and mapping) and partial updates through {@link AliasedUpdates}, on a
 * product, an order and a review, leaves {@link AliasChecker} nothing to report.
 */
class AliasPropertiesIT {

    private static final AdminMongo MONGO = new AdminMongo(TestDatabases.unique("admin_alias_properties"));
    private static final ObjectId ID = new ObjectId("64c0000000000000000000aa");
    private static final List<ObjectId> IDS = List.of(new ObjectId("64c000000000000000000001"),
            new ObjectId("64c000000000000000000002"), new ObjectId("64c000000000000000000003"));

    @BeforeTry
    void seed() {
        for (String collection : List.of(CollectionNames.PRODUCTS, CollectionNames.ORDERS, CollectionNames.REVIEWS,
                CollectionNames.CATEGORIES)) {
            MONGO.db().getCollection(collection).deleteMany(new Document());
        }
        MONGO.db().getCollection(Category.COLLECTION).insertMany(List.of(
                new Document("_id", IDS.get(0)).append(Category.NAME, "Pickles"),
                new Document("_id", IDS.get(1)).append(Category.NAME, "Sweets")));
        Product product = new Product();
        product.setId(ID);
        product.setName("Mango pickle");
        product.setTotalStock(12);
        product.setImageUrl("a.jpg");
        product.setCategoryId(IDS.get(0));
        MONGO.template().insert(product);
        Order order = new Order();
        order.setId(ID);
        order.setUser(IDS.get(0));
        order.setItems(new ArrayList<>(List.of(line(IDS.get(0), 2), line(IDS.get(1), 1))));
        MONGO.template().insert(order);
        Review review = new Review();
        review.setId(ID);
        review.setUser(IDS.get(0));
        review.setProductId(ID);
        review.setComment("Tastes like home");
        review.setRating(5);
        MONGO.template().insert(review);
    }

    @AfterContainer
    static void close() {
        MONGO.close();
    }

    @Property(tries = 40)
    void everyPairStaysEqualUnderAnySavesAndPartialUpdates(@ForAll("steps") List<Step> steps) {
        assertThat(AliasChecker.scan(MONGO.db())).as("after the inserts").isEmpty();
        for (Step step : steps) {
            step.run();
            assertThat(AliasChecker.scan(MONGO.db())).as("after %s", step).isEmpty();
        }
    }

    interface Step {
        void run();
    }

    /** Loads the document through the template, calls one setter, saves it back through the template. */
    record Save<T>(Class<T> type, String field, Object value, BiConsumer<T, Object> setter) implements Step {

        @Override
        public void run() {
            T doc = MONGO.template().findById(ID, type);
            setter.accept(doc, value);
            MONGO.template().save(doc);
        }

        @Override
        public String toString() {
            return "save " + type.getSimpleName() + " with " + field + " = " + value;
        }
    }

    /** A partial update through the service's one update path; {@code line} adds {@code products.productId} to the query. */
    record Update(String collection, String json, ObjectId line) implements Step {

        @Override
        public void run() {
            AliasedUpdates updates = MONGO.get(AliasedUpdates.class);
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
        return Arbitraries.oneOf(productSaves(), orderSaves(), reviewSaves(), productUpdates(), orderUpdates(),
                reviewUpdates()).list().ofMinSize(1).ofMaxSize(8);
    }

    private static Arbitrary<Step> productSaves() {
        Arbitrary<Integer> stock = Arbitraries.integers().between(0, 40);
        Arbitrary<String> url = Arbitraries.of("a.jpg", "b.jpg", "");
        return Arbitraries.oneOf(
                stock.map(v -> new Save<>(Product.class, "stock", v, (p, x) -> p.setStock((Integer) x))),
                stock.map(v -> new Save<>(Product.class, "totalStock", v, (p, x) -> p.setTotalStock((Integer) x))),
                url.map(v -> new Save<>(Product.class, "imageUrl", v, (p, x) -> p.setImageUrl((String) x))),
                url.list().ofMaxSize(2).map(v -> new Save<>(Product.class, "images", v,
                        (p, x) -> p.setImages(new ArrayList<>(strings(x))))),
                Arbitraries.of(IDS.get(0), IDS.get(1)).map(v -> new Save<>(Product.class, "categoryId", v,
                        (p, x) -> p.setCategoryId((ObjectId) x))),
                Arbitraries.of("pickles", "Sweets").map(v -> new Save<>(Product.class, "category", v,
                        (p, x) -> p.setCategory((String) x))));
    }

    private static Arbitrary<Step> orderSaves() {
        Arbitrary<ObjectId> id = Arbitraries.of(IDS);
        Arbitrary<List<ObjectId>> lines = id.list().ofMaxSize(3);
        return Arbitraries.oneOf(id.map(v -> new Save<>(Order.class, "userId", v, (o, x) -> o.setUserId((ObjectId) x))),
                id.map(v -> new Save<>(Order.class, "user", v, (o, x) -> o.setUser((ObjectId) x))),
                lines.map(v -> new Save<>(Order.class, "products", v, (o, x) -> o.setProducts(lines(x)))),
                lines.map(v -> new Save<>(Order.class, "items", v, (o, x) -> o.setItems(lines(x)))),
                id.map(v -> new Save<>(Order.class, "items.0.product", v, (o, x) -> {
                    if (!o.getItems().isEmpty()) {
                        o.getItems().get(0).setProduct((ObjectId) x);
                    }
                })));
    }

    private static Arbitrary<Step> reviewSaves() {
        Arbitrary<ObjectId> id = Arbitraries.of(IDS);
        Arbitrary<String> text = Arbitraries.of("Too salty", "Lovely", "");
        return Arbitraries.oneOf(
                id.map(v -> new Save<>(Review.class, "userId", v, (r, x) -> r.setUserId((ObjectId) x))),
                id.map(v -> new Save<>(Review.class, "product", v, (r, x) -> r.setProduct((ObjectId) x))),
                text.map(v -> new Save<>(Review.class, "reviewText", v, (r, x) -> r.setReviewText((String) x))),
                text.map(v -> new Save<>(Review.class, "comment", v, (r, x) -> r.setComment((String) x))));
    }

    private static Arbitrary<Step> productUpdates() {
        Arbitrary<String> stock = Combinators.combine(Arbitraries.of("$set", "$inc", "$min", "$max", "$mul"),
                Arbitraries.of("stock", "totalStock"), Arbitraries.integers().between(0, 9))
                .as((op, f, n) -> "{'%s': {'%s': %d}}".formatted(op, f, n));
        Arbitrary<String> images = Arbitraries.of("{'$set': {'imageUrl': 'c.jpg'}}", "{'$set': {'images.0': 'd.jpg'}}",
                "{'$set': {'images': ['e.jpg', 'a.jpg']}}", "{'$unset': {'images': ''}}", "{'$set': {'imageUrl': ''}}",
                "{'$push': {'images': 'f.jpg'}}", "{'$pull': {'images': 'a.jpg'}}", "{'$pop': {'images': -1}}");
        Arbitrary<String> category = Arbitraries.of("{'$set': {'category': 'sweets'}}",
                "{'$set': {'categoryId': {'$oid': '" + IDS.get(0) + "'}}}", "{'$unset': {'category': ''}}",
                "{'$set': {'categoryId': {'$oid': '" + IDS.get(2) + "'}}}");
        return Arbitraries.oneOf(stock, images, category)
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
                Combinators.combine(Arbitraries.of("$set", "$inc"), array, Arbitraries.of("0", "$[]"))
                        .as((op, a, s) -> "{'%s': {'%s.%s.quantity': 2}}".formatted(op, a, s)),
                Combinators.combine(array, id).as((a, v) -> "{'$push': {'%s': {'product': {'$oid': '%s'}, "
                        + "'productName': 'Item', 'quantity': 1}}}".formatted(a, v)),
                Combinators.combine(array, id).as((a, v) -> "{'$pull': {'%s': {'productId': {'$oid': '%s'}}}}"
                        .formatted(a, v)),
                array.map(a -> "{'$pop': {'%s': 1}}".formatted(a)));
        Arbitrary<Step> positional = Combinators.combine(array, Arbitraries.of(IDS))
                .as((a, line) -> new Update(CollectionNames.ORDERS,
                        "{'$inc': {'%s.$.quantity': 1}}".formatted(a).replace('\'', '"'), line));
        return Arbitraries.oneOf(plain.map(json -> new Update(CollectionNames.ORDERS, json.replace('\'', '"'), null)),
                positional);
    }

    private static Arbitrary<Step> reviewUpdates() {
        Arbitrary<String> ids = Combinators.combine(Arbitraries.of("userId", "user", "productId", "product"),
                Arbitraries.of(IDS)).as((f, v) -> "{'$set': {'%s': {'$oid': '%s'}}}".formatted(f, v.toHexString()));
        Arbitrary<String> texts = Combinators.combine(Arbitraries.of("reviewText", "comment"),
                Arbitraries.of("Edited", "")).as((f, v) -> "{'$set': {'%s': '%s'}}".formatted(f, v));
        Arbitrary<String> unset = Arbitraries.of("reviewText", "comment", "user")
                .map(f -> "{'$unset': {'%s': ''}}".formatted(f));
        return Arbitraries.oneOf(ids, texts, unset)
                .map(json -> new Update(CollectionNames.REVIEWS, json.replace('\'', '"'), null));
    }

    private static OrderLine line(ObjectId productId, int quantity) {
        OrderLine line = new OrderLine();
        line.setProductId(productId);
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

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }
}
