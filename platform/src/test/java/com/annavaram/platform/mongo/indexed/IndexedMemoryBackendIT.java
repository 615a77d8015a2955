package com.annavaram.platform.mongo.indexed;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.nor;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The indexed backend answers exactly what the stock memory backend answers: the same random writes go to both, and
 * after each batch the same filters (indexed equalities, pinned {@code _id}, {@code $and}, {@code $or}, and shapes no
 * index can serve) must find the same documents in the same order, under the same sorts over mixed and missing
 * values, and count the same.
 */
class IndexedMemoryBackendIT {

    private static final int ROUNDS = 60;

    private final Random random = new Random(20261122);
    private final List<ObjectId> users = List.of(new ObjectId(), new ObjectId(), new ObjectId(), new ObjectId());
    private final List<String> tags = List.of("sweet", "spicy", "pickle", "snack");
    private final List<ObjectId> ids = new ArrayList<>();

    private MongoServer stockServer;
    private MongoServer indexedServer;
    private MongoClient stockClient;
    private MongoClient indexedClient;
    private MongoCollection<Document> stock;
    private MongoCollection<Document> indexed;

    @BeforeEach
    void start() {
        stockServer = new MongoServer(new MemoryBackend());
        indexedServer = new MongoServer(new IndexedMemoryBackend());
        stockClient = MongoClients.create("mongodb://" + address(stockServer.bind()));
        indexedClient = MongoClients.create("mongodb://" + address(indexedServer.bind()));
        stock = stockClient.getDatabase("shop").getCollection("orders");
        indexed = indexedClient.getDatabase("shop").getCollection("orders");
        both(c -> {
            c.createIndex(Indexes.ascending("userId"), new IndexOptions().name("userId_1"));
            c.createIndex(Indexes.ascending("tag"), new IndexOptions().name("tag_1"));
            c.createIndex(Indexes.ascending("flag"), new IndexOptions().name("flag_1").sparse(true));
            c.createIndex(Indexes.ascending("code"), new IndexOptions().name("code_1").unique(true).sparse(true));
            c.createIndex(Indexes.ascending("userId", "tag"), new IndexOptions().name("userId_1_tag_1"));
        });
    }

    @AfterEach
    void stop() {
        stockClient.close();
        indexedClient.close();
        stockServer.shutdownNow();
        indexedServer.shutdownNow();
    }

    @Test
    void shouldFindWhatTheStockBackendFindsUnderRandomWrites() {
        for (int round = 0; round < ROUNDS; round++) {
            for (int write = 0; write < 15; write++) {
                applyRandomWrite();
            }
            for (Bson filter : filters()) {
                assertThat(find(indexed, filter)).as("%s after round %d", filter, round)
                        .isEqualTo(find(stock, filter));
                assertThat(indexed.countDocuments(filter)).as("count %s", filter)
                        .isEqualTo(stock.countDocuments(filter));
                CountOptions page = new CountOptions().skip(2).limit(3);
                assertThat(indexed.countDocuments(filter, page)).as("count %s skip 2 limit 3", filter)
                        .isEqualTo(stock.countDocuments(filter, page));
                assertThat(indexed.aggregate(countPipeline(filter)).into(new ArrayList<>())).as("group %s", filter)
                        .isEqualTo(stock.aggregate(countPipeline(filter)).into(new ArrayList<>()));
            }
        }
        assertThat(stock.countDocuments()).isPositive();
    }

    @Test
    void shouldKeepTheSameAnswersWhenAnIndexIsCreatedOverExistingDocuments() {
        for (int write = 0; write < 200; write++) {
            applyRandomWrite();
        }
        both(c -> c.createIndex(Indexes.ascending("n"), new IndexOptions().name("n_1")));
        both(c -> c.createIndex(Indexes.ascending("label"), new IndexOptions().name("label_1")));
        for (Bson filter : filters()) {
            assertThat(find(indexed, filter)).as("%s", filter).isEqualTo(find(stock, filter));
        }
    }

    private List<Bson> filters() {
        ObjectId user = pick(users);
        String tag = pick(tags);
        ObjectId id = ids.isEmpty() ? new ObjectId() : pick(ids);
        return List.of(eq("userId", user), eq("tag", tag), eq("flag", true), eq("flag", false), eq("_id", id),
                and(eq("_id", id), gte("n", 3)), and(eq("_id", id), eq("flag", true)),
                or(eq("userId", user), eq("tag", tag)), and(or(eq("userId", user), eq("other", user)),
                        ne("status", "cancelled")),
                or(eq("userId", user), gte("n", 8)), in("userId", users.subList(0, 2)), eq("userId", null),
                eq("code", "C" + random.nextInt(20)), eq("label", "L" + random.nextInt(5)), eq("n", 4),
                and(eq("userId", user), eq("tag", tag)), eq("userId", user.toHexString()),
                new Document("$and", List.of(new Document("userId", user), new Document("$or", List.of(
                        new Document("tag", tag), new Document("flag", true))))),
                // Shapes the compiled filter decides itself, and ones it must hand back to the server.
                ne("flag", true), ne("tag", tag), and(eq("flag", true), ne("status", "cancelled")), eq("other", user),
                regex("tag", Pattern.compile("^" + tag.substring(0, 2).toUpperCase(), Pattern.CASE_INSENSITIVE)),
                regex("status", "cancel"), regex("userId", "^[0-9a-f]{2}"),
                new Document("label", new Document("$regex", "l[12]").append("$options", "i")),
                or(regex("tag", Pattern.compile(Pattern.quote("ICK"), Pattern.CASE_INSENSITIVE)), regex("label",
                        "4$")),
                new Document("$comment", "why").append("tag", tag), eq("sub.k", "v" + random.nextInt(
                        3)),
                eq("sub", new Document("k", "v1")), nor(eq("tag", tag), eq("flag", true)),
                new Document("$and", List.of(new Document())), and(ne("price", null), eq("flag", true)));
    }

    /** A count the server answers by aggregating (a named sum over a null group): the shortcut must not change it. */
    private static List<Bson> countPipeline(Bson filter) {
        return List.of(Aggregates.match(filter), Aggregates.group(null, Accumulators.sum("total", 1)));
    }

    private List<Document> find(MongoCollection<Document> collection, Bson filter) {
        List<Document> natural = collection.find(filter).into(new ArrayList<>());
        List<Document> sorted = collection.find(filter).sort(Sorts.orderBy(Sorts.descending("n"),
                Sorts.ascending("_id"))).limit(5).into(new ArrayList<>());
        natural.addAll(sorted);
        natural.addAll(collection.find(filter).sort(Sorts.ascending("userId", "_id")).into(new ArrayList<>()));
        natural.addAll(collection.find(filter).sort(Sorts.orderBy(Sorts.descending("tag"), Sorts.ascending("flag")))
                .skip(1).limit(7).into(new ArrayList<>()));
        natural.addAll(collection.find(filter).sort(Sorts.ascending("price", "_id")).limit(6).into(new ArrayList<>()));
        natural.addAll(collection.find(filter).sort(Sorts.descending("createdAt", "_id")).limit(5)
                .into(new ArrayList<>()));
        natural.addAll(collection.find(filter).sort(Sorts.ascending("status", "createdAt")).skip(3).limit(4)
                .into(new ArrayList<>()));
        natural.addAll(collection.find(filter).sort(Sorts.orderBy(Sorts.descending("price"), Sorts.ascending("_id")))
                .into(new ArrayList<>()));
        return natural;
    }

    private void applyRandomWrite() {
        int kind = random.nextInt(10);
        if (kind < 5 || ids.isEmpty()) {
            Document document = randomDocument();
            ids.add(document.getObjectId("_id"));
            both(c -> c.insertOne(new Document(document)));
        } else if (kind < 7) {
            Bson update = switch (random.nextInt(4)) {
                case 0 -> Updates.set("userId", randomUserValue());
                case 1 -> Updates.set("tag", randomTagValue());
                case 2 -> Updates.unset("flag");
                default -> Updates.set("flag", random.nextBoolean());
            };
            Bson filter = random.nextBoolean() ? eq("_id", pick(ids)) : eq("userId", pick(users));
            boolean many = random.nextBoolean();
            both(c -> {
                if (many) {
                    c.updateMany(filter, update);
                } else {
                    c.updateOne(filter, update);
                }
            });
        } else if (kind < 8) {
            ObjectId id = pick(ids);
            Document replacement = randomDocument();
            replacement.put("_id", id);
            both(c -> c.replaceOne(eq("_id", id), new Document(replacement)));
        } else if (kind < 9) {
            ObjectId id = pick(ids);
            both(c -> c.deleteOne(eq("_id", id)));
        } else {
            ObjectId user = pick(users);
            both(c -> c.deleteMany(and(eq("userId", user), eq("flag", false))));
        }
    }

    private Document randomDocument() {
        Document document = new Document("_id", new ObjectId());
        maybe(document, "userId", this::randomUserValue);
        maybe(document, "other", () -> pick(users));
        maybe(document, "tag", this::randomTagValue);
        maybe(document, "flag", () -> random.nextInt(5) == 0 ? (Object) 1 : (Object) random.nextBoolean());
        maybe(document, "status", () -> random.nextBoolean() ? "cancelled" : "order_created");
        maybe(document, "label", () -> "L" + random.nextInt(5));
        maybe(document, "sub", () -> random.nextBoolean() ? new Document("k", "v" + random.nextInt(3)) : "v1");
        maybe(document, "price", this::randomPrice);
        maybe(document, "createdAt", () -> new Date(1_700_000_000_000L + random.nextInt(50) * 1000L));
        document.put("n", random.nextInt(10));
        if (random.nextInt(3) == 0) {
            document.put("code", "C" + random.nextInt(1_000_000));
        }
        return document;
    }

    private Object randomUserValue() {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> List.of(pick(users), pick(users));
            case 2 -> pick(users).toHexString();
            default -> pick(users);
        };
    }

    /** Prices as the shop stores them (decimals with two places, often equal), and odd ones a sort must place. */
    private Object randomPrice() {
        return switch (random.nextInt(8)) {
            case 0 -> random.nextInt(300);
            case 1 -> Decimal128.NaN;
            case 2 -> Decimal128.POSITIVE_INFINITY;
            default -> new Decimal128(new BigDecimal(random.nextInt(30) * 10 + ".99"));
        };
    }

    private Object randomTagValue() {
        return random.nextInt(3) == 0 ? List.of(pick(tags), pick(tags)) : pick(tags);
    }

    private void maybe(Document document, String field, Supplier<Object> value) {
        if (random.nextInt(5) > 0) {
            document.put(field, value.get());
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void both(java.util.function.Consumer<MongoCollection<Document>> action) {
        action.accept(stock);
        action.accept(indexed);
    }

    private static String address(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
