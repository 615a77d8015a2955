package com.annavaram.bench.data;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bson.codecs.configuration.CodecRegistry;
import org.bson.types.ObjectId;
import org.mindrot.jbcrypt.BCrypt;

import com.annavaram.model.admin.Admin;
import com.annavaram.model.bson.ModelCodecs;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.customer.User;
import com.annavaram.model.index.IndexCatalog;
import com.annavaram.model.order.Order;
import com.annavaram.model.review.Review;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;

/**
 * Writes the benchmark shop into an empty database with bulk inserts through shared-model's codecs (so the save hooks
 * keep every alias pair equal): the index catalogue, categories, products, customers with one shared password, an
 * admin, past orders and reviews. Seeded, so two runs generate the same shop.
 */
public final class DataGenerator {

    public static final String CUSTOMER_PASSWORD = "Bench@12345";
    public static final String ADMIN_EMAIL = "bench-admin@annavaram.local";
    public static final String ADMIN_PASSWORD = "BenchAdmin@12345";
    /** As the services hash: the storefront with 10 (BCRYPT_COST), the admin service with 12. */
    static final int CUSTOMER_BCRYPT_COST = 10;
    static final int ADMIN_BCRYPT_COST = 12;
    private static final int BATCH = 1_000;
    private static final long SEED = 20_261_122L;
    private static final CodecRegistry CODECS = ModelCodecs.registry(MongoClientSettings.getDefaultCodecRegistry());

    private final MongoDatabase db;

    public DataGenerator(MongoDatabase database) {
        this.db = database.withCodecRegistry(CODECS);
    }

    public DataSet generate(DataSpec spec) {
        IndexCatalog.apply(db::runCommand);
        Random random = new Random(SEED);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CatalogueFactory catalogue = new CatalogueFactory(random, now);
        HistoryFactory history = new HistoryFactory(random, now);

        List<Category> categories = catalogue.categories(spec.categories());
        List<Product> products = catalogue.products(categories, spec.products());
        List<Product> onSale = products.subList(0, spec.products());
        List<Product> hot = onSale.subList(0, spec.hotProducts());
        hot.forEach(p -> {
            p.setIsUnlimitedPurchase(true);
            p.setStock(spec.hotStock());
            p.setTotalStock(spec.hotStock());
        });
        Map<ObjectId, String> customers = customers(spec.customers());
        List<ObjectId> customerIds = List.copyOf(customers.keySet());
        List<Review> reviews = history.reviews(spec.reviews(), customerIds, onSale);
        List<Order> orders = history.orders(spec.pastOrders(), customerIds, onSale);

        insert(Category.COLLECTION, Category.class, categories);
        insert(Product.COLLECTION, Product.class, products);
        insert(User.COLLECTION, User.class, users(customers, now));
        db.getCollection(Admin.COLLECTION, Admin.class).insertOne(admin(now));
        insert(Review.COLLECTION, Review.class, reviews);
        insert(Order.COLLECTION, Order.class, orders);

        Map<ObjectId, java.math.BigDecimal> prices = new LinkedHashMap<>();
        onSale.forEach(p -> prices.put(p.getId(), p.getPrice()));
        return new DataSet(spec, categories.stream().map(Category::getName).toList(),
                onSale.stream().map(Product::getId).toList(), prices, hot.stream().map(Product::getId).toList(),
                customerIds, List.copyOf(customers.values()), CUSTOMER_PASSWORD, ADMIN_EMAIL, ADMIN_PASSWORD,
                Words.SEARCH_TERMS, products.size(), orders.size(), reviews.size());
    }

    private <T> void insert(String collection, Class<T> type, List<T> documents) {
        for (int from = 0; from < documents.size(); from += BATCH) {
            db.getCollection(collection, type).insertMany(documents.subList(from, Math.min(documents.size(),
                    from + BATCH)), new InsertManyOptions().ordered(false));
        }
    }

    private static Map<ObjectId, String> customers(int count) {
        Map<ObjectId, String> customers = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            customers.put(new ObjectId(), "customer" + i + "@bench.annavaram.local");
        }
        return customers;
    }

    /** One hash for every customer: a login still costs one bcrypt comparison, generating 200 does not. */
    private static List<User> users(Map<ObjectId, String> customers, Instant now) {
        String hash = BCrypt.hashpw(CUSTOMER_PASSWORD, BCrypt.gensalt(CUSTOMER_BCRYPT_COST));
        List<User> users = new ArrayList<>();
        int n = 0;
        for (Map.Entry<ObjectId, String> customer : customers.entrySet()) {
            User user = new User();
            user.setId(customer.getKey());
            user.setFullName("Bench Customer " + ++n);
            user.setEmail(customer.getValue());
            user.setPasswordHash(hash);
            user.setRole("customer");
            user.setEmailVerified(true);
            user.setEmailVerifiedAt(now);
            user.setIsActive(true);
            user.setAddresses(new ArrayList<>());
            user.setFailedLogins(0);
            user.setCreatedAt(now.minus(400, ChronoUnit.DAYS));
            users.add(user);
        }
        return users;
    }

    private static Admin admin(Instant now) {
        Admin admin = new Admin();
        admin.setId(new ObjectId());
        admin.setEmail(ADMIN_EMAIL);
        admin.setPassword(BCrypt.hashpw(ADMIN_PASSWORD, BCrypt.gensalt(ADMIN_BCRYPT_COST)));
        admin.setRole("super_admin");
        admin.setIsActive(true);
        admin.setFailedLogins(0);
        admin.setCreatedAt(now);
        return admin;
    }
}
