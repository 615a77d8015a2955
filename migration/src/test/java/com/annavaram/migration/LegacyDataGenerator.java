package com.annavaram.migration;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.mongodb.client.MongoDatabase;

/**
 * Legacy data of the fixture's shapes at any size: admin and storefront products where a share of the storefront
 * ones are the admin ones under differently written names (case, punctuation, spacing, full-width letters, "&" for
 * "and"), non-ASCII names, unknown category strings, unequal alias pairs, storefront orders with their lines in
 * {@code order_items}, reviews, carts and wishlists pointing at storefront duplicates (some becoming duplicates after
 * the remap). Streams its inserts; holds only ids.
 */
final class LegacyDataGenerator {

    private static final String[] TELUGU = {"పూతరేకులు", "కాకినాడ కాజా", "అరిసెలు", "సున్నుండలు", "బొబ్బట్లు"};
    private static final String[] ADMIN_STATUSES = {"order_created", "payment_confirmed", "dispatched",
            "reached_city", "out_for_delivery", "delivered", "cancelled"};
    private static final String[] STOREFRONT_STATUSES = {"pending_payment", "paid", "processing", "shipped",
            "delivered", "cancelled", "pending"};

    /** How much of what to generate. */
    record Shape(int admin, int storefront, double duplicateShare, int orders, int reviews, int users, int carts,
            int cartItems, int wishlists) {

        /** {@code factor} times the fixture set (50 admin, 45 storefront of which 20 duplicates, 55 orders...). */
        static Shape timesFixture(int factor) {
            return new Shape(50 * factor, 45 * factor, 20 / 45.0, 55 * factor, 40 * factor, 12 * factor,
                    8 * factor, 17 * factor, 17 * factor);
        }
    }

    /** What was generated: the product count a correct merge reaches, and how many storefront copies it merges. */
    record Generated(long expectedProducts, long duplicates, long orders) {
    }

    private final MongoDatabase db;
    private final Random random;
    private final List<ObjectId> categoryIds = new ArrayList<>();
    private final List<String> categoryNames = new ArrayList<>();
    private final List<Document> adminRefs = new ArrayList<>();
    private final List<Document> storefrontRefs = new ArrayList<>();
    private final List<ObjectId> users = new ArrayList<>();
    private final List<ObjectId> carts = new ArrayList<>();
    private final List<ObjectId> duplicateOf = new ArrayList<>();
    private long dateBase = 1_740_000_000_000L;

    LegacyDataGenerator(MongoDatabase db, long seed) {
        this.db = db;
        this.random = new Random(seed);
    }

    Generated generate(Shape shape) {
        categories();
        int duplicates = (int) Math.round(shape.storefront() * shape.duplicateShare());
        products(shape, duplicates);
        users(shape.users());
        long orders = orders(shape.orders());
        reviews(shape.reviews());
        carts(shape.carts(), shape.cartItems());
        wishlists(shape.wishlists());
        return new Generated(shape.admin() + shape.storefront() - duplicates, duplicates, orders);
    }

    private void categories() {
        List<Document> docs = new ArrayList<>();
        for (String name : List.of("Pickles", "Podis & Spices", "Traditional Sweets", "Dry Fruits", "Snacks",
                "Chocolates")) {
            Document c = LegacyDocs.category(name);
            categoryIds.add(c.getObjectId("_id"));
            categoryNames.add(name);
            docs.add(c);
        }
        docs.get(1).put("slug", "podis-spices");
        docs.get(4).remove("slug");
        db.getCollection("categories").insertMany(docs);
    }

    private void products(Shape shape, int duplicates) {
        try (BatchInserter admins = new BatchInserter(db.getCollection("adminproducts"))) {
            for (int i = 0; i < shape.admin(); i++) {
                String name = GeneratedNames.name(i);
                if (i % 97 == 5) {
                    name = GeneratedNames.flavour(i) + " & Honey " + i;
                }
                Document p = LegacyDocs.adminProduct(name, categoryIds.get(i % categoryIds.size()), price(),
                        random.nextInt(200));
                p.put("createdAt", date());
                if (i % 3 == 0) {
                    p.append("description", name + ", made fresh in Andhra.");
                }
                if (i % 29 == 0) {
                    p.append("stock", p.getInteger("totalStock") + 3);
                }
                admins.add(p);
                adminRefs.add(new Document("_id", p.get("_id")).append("name", name).append("price", p.get("price")));
            }
        }
        try (BatchInserter storefront = new BatchInserter(db.getCollection("products"))) {
            Set<Integer> copied = new HashSet<>();
            for (int i = 0; i < shape.storefront(); i++) {
                String name;
                ObjectId original = null;
                if (i < duplicates) {
                    int index;
                    do {
                        index = random.nextInt(shape.admin());
                    } while (!copied.add(index));
                    Document admin = adminRefs.get(index);
                    original = admin.getObjectId("_id");
                    name = GeneratedNames.variant(admin.getString("name"), random);
                } else if (i % 11 == 0) {
                    name = TELUGU[i % TELUGU.length] + " " + GeneratedNames.teluguNumber(i);
                } else {
                    name = GeneratedNames.name(shape.admin() + i);
                }
                String category = i % 13 == 0
                        ? "Festival Specials"
                        : i % 5 == 0
                                ? "pickles"
                                : categoryNames.get(i % categoryNames.size());
                Document p = LegacyDocs.storefrontProduct(name, GeneratedNames.slug(name), category,
                        price().doubleValue(),
                        random.nextInt(150));
                p.put("createdAt", date());
                if (i % 4 == 0) {
                    p.append("totalStock", p.getInteger("stock") + (i % 8 == 0 ? 5 : 0));
                }
                if (i % 6 == 0) {
                    p.append("imageUrl", "https://cdn.example.test/old/" + i + ".jpg");
                }
                storefront.add(p);
                storefrontRefs.add(new Document("_id", p.get("_id")).append("name", name).append("price", p.get(
                        "price")));
                duplicateOf.add(original);
            }
        }
    }

    private void users(int count) {
        try (BatchInserter batch = new BatchInserter(db.getCollection("users"))) {
            for (int i = 0; i < count; i++) {
                Document u = LegacyDocs.user("customer" + i + "@example.test");
                users.add(u.getObjectId("_id"));
                batch.add(u);
            }
        }
    }

    private long orders(int count) {
        long written = 0;
        try (BatchInserter orders = new BatchInserter(db.getCollection("orders"));
                BatchInserter items = new BatchInserter(db.getCollection("order_items"));
                BatchInserter payments = new BatchInserter(db.getCollection("payments"))) {
            for (int i = 0; i < count; i++) {
                ObjectId user = pick(users);
                if (i % 11 < 6) {
                    Document order = LegacyDocs.adminOrder("ORD-LEG-" + i, user, pick(adminRefs), 1 + random.nextInt(
                            3));
                    order.put("status", ADMIN_STATUSES[random.nextInt(ADMIN_STATUSES.length)]);
                    order.put("createdAt", date());
                    orders.add(order);
                } else {
                    Document order = LegacyDocs.storefrontOrder(user, STOREFRONT_STATUSES[random.nextInt(
                            STOREFRONT_STATUSES.length)], 0);
                    order.put("createdAt", date());
                    long total = 0;
                    Set<Object> inOrder = new HashSet<>();
                    for (int line = 0; line < 1 + random.nextInt(3); line++) {
                        Document product = pick(storefrontRefs);
                        if (inOrder.add(product.get("_id"))) {
                            Document item = LegacyDocs.orderItem(order.getObjectId("_id"), product, 1 + random
                                    .nextInt(4));
                            total += item.getLong("subtotal");
                            items.add(item);
                        }
                    }
                    order.put("totalAmount", total);
                    orders.add(order);
                    if (i % 2 == 0) {
                        payments.add(new Document("_id", new ObjectId()).append("order", order.get("_id"))
                                .append("gateway", "razorpay").append("amount", total * 100).append("currency",
                                        "INR")
                                .append("status", "captured").append("createdAt", date()));
                    }
                }
                written++;
            }
        }
        return written;
    }

    private void reviews(int count) {
        Set<String> seen = new HashSet<>();
        try (BatchInserter reviews = new BatchInserter(db.getCollection("reviews"))) {
            for (int i = 0; i < count; i++) {
                ObjectId user = pick(users);
                int index = random.nextInt(storefrontRefs.size());
                ObjectId product = storefrontRefs.get(index).getObjectId("_id");
                if (i % 10 == 0 && duplicateOf.get(index) != null) {
                    product = duplicateOf.get(index); // the same user reviews both copies: folded by the remap
                    reviews.add(mongooseReview(user, storefrontRefs.get(index).getObjectId("_id")));
                }
                if (seen.add(user + "/" + product)) {
                    reviews.add(i % 3 == 0
                            ? mongooseReview(user, product)
                            : LegacyDocs.review(user, product, 1
                                    + random.nextInt(5), date()));
                }
            }
        }
    }

    private Document mongooseReview(ObjectId user, ObjectId product) {
        return new Document("_id", new ObjectId()).append("userId", user).append("productId", product)
                .append("user", user).append("product", product).append("rating", 1 + random.nextInt(5))
                .append("reviewText", "Fresh").append("comment", "Fresh (old)").append("isApproved", true)
                .append("isDeleted", false).append("createdAt", date());
    }

    private void carts(int count, int lines) {
        try (BatchInserter batch = new BatchInserter(db.getCollection("carts"))) {
            for (int i = 0; i < count; i++) {
                Document cart = new Document("_id", new ObjectId()).append("user", users.get(i % users.size()))
                        .append("status", "active").append("createdAt", date());
                carts.add(cart.getObjectId("_id"));
                batch.add(cart);
            }
        }
        Set<String> seen = new HashSet<>();
        try (BatchInserter batch = new BatchInserter(db.getCollection("cart_items"))) {
            for (int i = 0; i < lines; i++) {
                ObjectId cart = pick(carts);
                int index = random.nextInt(storefrontRefs.size());
                List<ObjectId> products = new ArrayList<>(List.of(storefrontRefs.get(index).getObjectId("_id")));
                if (i % 7 == 0 && duplicateOf.get(index) != null) {
                    products.add(duplicateOf.get(index)); // both copies in one cart: merged by the remap
                }
                for (ObjectId product : products) {
                    if (seen.add(cart + "/" + product)) {
                        batch.add(new Document("_id", new ObjectId()).append("cart", cart).append("product", product)
                                .append("quantity", 1 + random.nextInt(3)).append("priceAtAddition", 99.0)
                                .append("createdAt", date()));
                    }
                }
            }
        }
    }

    private void wishlists(int count) {
        Set<String> seen = new HashSet<>();
        try (BatchInserter batch = new BatchInserter(db.getCollection("wishlists"))) {
            for (int i = 0; i < count; i++) {
                ObjectId user = pick(users);
                int index = random.nextInt(storefrontRefs.size());
                List<ObjectId> products = new ArrayList<>(List.of(storefrontRefs.get(index).getObjectId("_id")));
                if (i % 5 == 0 && duplicateOf.get(index) != null) {
                    products.add(duplicateOf.get(index));
                }
                for (ObjectId product : products) {
                    if (seen.add(user + "/" + product)) {
                        batch.add(new Document("_id", new ObjectId()).append("user", user).append("product", product)
                                .append("createdAt", date()));
                    }
                }
            }
        }
    }

    private Number price() {
        return random.nextInt(4) == 0
                ? java.math.BigDecimal.valueOf(random.nextInt(80000) + 100, 2).doubleValue()
                : (Number) (10 + random.nextInt(900));
    }

    private Date date() {
        dateBase += 1 + random.nextInt(60_000);
        return new Date(dateBase);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
