package com.annavaram.platform.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.types.ObjectId;
import org.mindrot.jbcrypt.BCrypt;

import com.annavaram.model.admin.Admin;
import com.annavaram.model.bson.ModelCodecs;
import com.annavaram.model.bson.Money;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.catalog.Slugs;
import com.annavaram.model.customer.User;
import com.annavaram.model.index.IndexCatalog;
import com.annavaram.model.index.IndexReport;
import com.annavaram.platform.demo.DemoCatalogue.CategoryLine;
import com.annavaram.platform.demo.DemoCatalogue.ProductLine;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoDatabase;

/**
 * Fills an empty database with a demo shop: the categories and products of {@link DemoCatalogue}, a demo admin and a
 * demo customer ({@link DemoAccounts}). A database holding any document is left exactly as it is: this never wipes
 * or adds to existing data. The documents are written through shared-model's codecs, so the save hooks keep every
 * alias pair equal; both names are set here as well.
 */
public final class DemoData {

    /** The admin service hashes with cost 12; the storefront with 10 (BCRYPT_COST). */
    static final int ADMIN_BCRYPT_COST = 12;
    static final int CUSTOMER_BCRYPT_COST = 10;
    static final int MAX_UNITS_PER_USER = 10;
    private static final long STOCK_SEED = 20_261_122L;
    private static final String IMAGE_BASE = "https://placehold.co/600x600/png?text=";
    private static final CodecRegistry CODECS = ModelCodecs.registry(MongoClientSettings.getDefaultCodecRegistry());

    /**
     * What {@link #loadIfEmpty} did.
     *
     * @param loaded whether the demo data was written
     * @param existing the collections that held documents, with their counts, when nothing was written
     */
    public record Result(boolean loaded, Map<String, Long> existing, int categories, int products, int admins,
            int customers, IndexReport indexes) {
    }

    private DemoData() {
    }

    /** Applies the index catalogue, then writes the demo shop if, and only if, no collection holds a document. */
    public static Result loadIfEmpty(MongoDatabase database) {
        MongoDatabase db = database.withCodecRegistry(CODECS);
        IndexReport indexes = IndexCatalog.apply(db::runCommand);
        Map<String, Long> existing = documentCounts(db);
        if (!existing.isEmpty()) {
            return new Result(false, existing, 0, 0, 0, 0, indexes);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Category> categories = categories(now);
        List<Product> products = products(categories, now);
        db.getCollection(Category.COLLECTION, Category.class).insertMany(List.copyOf(categories.values()));
        db.getCollection(Product.COLLECTION, Product.class).insertMany(products);
        db.getCollection(Admin.COLLECTION, Admin.class).insertOne(admin(now));
        db.getCollection(User.COLLECTION, User.class).insertOne(customer(now));
        return new Result(true, Map.of(), categories.size(), products.size(), 1, 1, indexes);
    }

    /** Collections (system ones aside) that hold at least one document, with their counts. */
    static Map<String, Long> documentCounts(MongoDatabase db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : db.listCollectionNames()) {
            if (name.startsWith("system.")) {
                continue;
            }
            long count = db.getCollection(name, Document.class).countDocuments();
            if (count > 0) {
                counts.put(name, count);
            }
        }
        return counts;
    }

    private static Map<String, Category> categories(Instant now) {
        Map<String, Category> byName = new LinkedHashMap<>();
        for (CategoryLine line : DemoCatalogue.categories()) {
            Category category = new Category();
            category.setId(new ObjectId());
            category.setName(line.name());
            category.setSlug(Slugs.of(line.name()));
            category.setDescription(line.description());
            category.setIsActive(true);
            category.setIsDeleted(false);
            category.setCreatedAt(now);
            byName.put(line.name(), category);
        }
        return byName;
    }

    private static List<Product> products(Map<String, Category> categories, Instant now) {
        Random stock = new Random(STOCK_SEED);
        Set<String> slugs = new HashSet<>();
        List<Product> products = new ArrayList<>();
        for (ProductLine line : DemoCatalogue.products()) {
            Category category = categories.get(line.category());
            if (category == null) {
                throw new IllegalStateException("demo product " + line.name() + " has unknown category "
                        + line.category());
            }
            Product product = new Product();
            product.setId(new ObjectId());
            product.setName(line.name());
            String slug = Slugs.unique(Slugs.of(line.name(), "product", product.getId()), slugs::contains);
            slugs.add(slug);
            product.setSlug(slug);
            product.setDescription(line.description());
            product.setCategoryId(category.getId());
            product.setCategory(category.getName());
            product.setPrice(line.price());
            product.setCurrency(Money.CURRENCY);
            int units = 12 + stock.nextInt(109);
            product.setStock(units);
            product.setTotalStock(units);
            product.setMaxUnitsPerUser(MAX_UNITS_PER_USER);
            product.setIsUnlimitedPurchase(false);
            List<String> images = List.of(image(line.name()), image(line.name() + " (pack)"));
            product.setImages(images);
            product.setImageUrl(images.get(0));
            product.setIsActive(true);
            product.setIsDeleted(false);
            product.setAverageRating(0.0);
            product.setReviewCount(0);
            product.setVersion(0L);
            product.setCreatedAt(now);
            products.add(product);
        }
        return products;
    }

    private static String image(String text) {
        return IMAGE_BASE + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Admin admin(Instant now) {
        Admin admin = new Admin();
        admin.setId(new ObjectId());
        admin.setEmail(DemoAccounts.ADMIN_EMAIL);
        admin.setPassword(BCrypt.hashpw(DemoAccounts.ADMIN_PASSWORD, BCrypt.gensalt(ADMIN_BCRYPT_COST)));
        admin.setRole(DemoAccounts.ADMIN_ROLE);
        admin.setIsActive(true);
        admin.setFailedLogins(0);
        admin.setCreatedAt(now);
        return admin;
    }

    private static User customer(Instant now) {
        User user = new User();
        user.setId(new ObjectId());
        user.setFullName(DemoAccounts.CUSTOMER_NAME);
        user.setEmail(DemoAccounts.CUSTOMER_EMAIL);
        user.setPasswordHash(BCrypt.hashpw(DemoAccounts.CUSTOMER_PASSWORD, BCrypt.gensalt(CUSTOMER_BCRYPT_COST)));
        user.setRole(DemoAccounts.CUSTOMER_ROLE);
        user.setEmailVerified(true);
        user.setEmailVerifiedAt(now);
        user.setIsActive(true);
        user.setAddresses(new ArrayList<>());
        user.setFailedLogins(0);
        user.setCreatedAt(now);
        return user;
    }
}
