package com.annavaram.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoDatabase;

class BadInputIT {

    @TempDir
    Path dir;

    private final MongoDatabase db = TestData.fresh("bad");
    private final Document pickles = LegacyDocs.category("Pickles");
    private final Document user = LegacyDocs.user("a@example.test");

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    @Test
    void shouldExitAbortedWithAClearMessageWhenTheDatabaseIsUnreachable() {
        Cli.Result run = Cli.run("run", "--uri", "mongodb://127.0.0.1:1/x", "--timeout-seconds", "1",
                "--no-progress");

        assertThat(run.code()).isEqualTo(ExitCodes.ABORTED);
        assertThat(run.err()).contains("cannot reach").contains("127.0.0.1:1");
    }

    @Test
    void shouldExitWithUsageCodeOnAMalformedUri() {
        Cli.Result run = Cli.run("plan", "--uri", "postgres://nope");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("invalid MongoDB URI");
    }

    @Test
    void shouldRefuseADatabaseWithoutAdminProductsAndWriteNothing() {
        db.getCollection("products").insertOne(LegacyDocs.storefrontProduct("Jalebi", "jalebi", "Sweets", 10, 1));
        Map<String, String> before = TestData.hashes(db);

        Cli.Result run = run();

        assertThat(run.code()).isEqualTo(ExitCodes.ABORTED);
        assertThat(run.err()).contains("has no adminproducts collection");
        assertThat(TestData.hashes(db)).isEqualTo(before);
        assertThat(TestData.collections(db)).doesNotContain("migration_runs");
    }

    @Test
    void shouldRefuseAnEmptyAdminCatalogue() {
        db.createCollection("adminproducts");

        Cli.Result run = run();

        assertThat(run.code()).isEqualTo(ExitCodes.ABORTED);
        assertThat(run.err()).contains("adminproducts").contains("is empty");
    }

    @Test
    void shouldMigrateWhenEveryOtherCollectionIsEmptyOrAbsent() {
        db.getCollection("categories").insertOne(pickles);
        db.getCollection("adminproducts").insertOne(LegacyDocs.adminProduct("Avakaya", pickles.getObjectId("_id"),
                100, 5));
        db.createCollection("products");
        db.createCollection("orders");

        Cli.Result run = run();

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(Cli.on(TestData.uri(db), "verify").code()).isZero();
        assertThat(db.getCollection("products").countDocuments()).isOne();
    }

    @Test
    void shouldReadWronglyTypedButReadableValues() {
        db.getCollection("categories").insertOne(pickles);
        db.getCollection("users").insertOne(user);
        Document product = LegacyDocs.adminProduct("Avakaya", pickles.getObjectId("_id"), "12.50", 5);
        product.append("totalStock", "7").append("isActive", "true").append("maxUnitsPerUser", 0);
        db.getCollection("adminproducts").insertOne(product);
        Document order = LegacyDocs.adminOrder("ORD-1", user.getObjectId("_id"), product.append("price", 12.5), 2);
        order.getList("products", Document.class).get(0).put("productId", product.getObjectId("_id").toHexString());
        order.put("totalAmount", "25");
        db.getCollection("orders").insertOne(order);

        Cli.Result run = run();

        assertThat(run.code()).as(run.toString()).isZero();
        Document migrated = db.getCollection("products").find().first();
        assertThat(migrated.get("price")).isEqualTo(Decimal128.parse("12.50"));
        assertThat(migrated.get("stock")).isEqualTo(7);
        assertThat(migrated.get("isActive")).isEqualTo(true);
        assertThat(migrated.get("maxUnitsPerUser")).isEqualTo(1);
        Document line = db.getCollection("orders").find().first().getList("products", Document.class).get(0);
        assertThat(line.get("productId")).isEqualTo(product.getObjectId("_id"));
        assertThat(Cli.on(TestData.uri(db), "verify").code()).isZero();
    }

    @Test
    void shouldRefuseUnreadableValuesNamingTheDocumentAndChangeNothing() {
        db.getCollection("categories").insertOne(pickles);
        Document noPrice = LegacyDocs.adminProduct("Avakaya", pickles.getObjectId("_id"), "cheap", 5);
        Document noName = LegacyDocs.adminProduct("x", pickles.getObjectId("_id"), 10, 5);
        noName.remove("name");
        db.getCollection("adminproducts").insertMany(List.of(noPrice, noName));
        Map<String, String> before = TestData.hashes(db);

        Cli.Result run = run();

        assertThat(run.code()).isEqualTo(ExitCodes.ABORTED);
        assertThat(run.out()).contains(noPrice.getObjectId("_id").toHexString()).contains("price is missing or not")
                .contains(noName.getObjectId("_id").toHexString()).contains("name is missing");
        assertThat(run.err()).contains("2 problem(s)").contains("nothing was changed");
        assertThat(TestData.hashes(db)).isEqualTo(before);
        assertThat(TestData.collections(db)).noneMatch(c -> c.contains("_backup_"));
        assertThat(Cli.on(TestData.uri(db), "plan").code()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
    }

    @Test
    void shouldRefuseAProductReferencingAMissingCategory() {
        ObjectId missing = new ObjectId();
        db.getCollection("adminproducts").insertOne(LegacyDocs.adminProduct("Avakaya", missing, 10, 5));
        Map<String, String> before = TestData.hashes(db);

        Cli.Result run = run();

        assertThat(run.code()).isEqualTo(ExitCodes.ABORTED);
        assertThat(run.out()).contains("references missing category " + missing.toHexString());
        assertThat(TestData.hashes(db)).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnOrderReferencingAProductThatExistsNowhere() {
        db.getCollection("categories").insertOne(pickles);
        db.getCollection("users").insertOne(user);
        db.getCollection("adminproducts").insertOne(LegacyDocs.adminProduct("Avakaya", pickles.getObjectId("_id"),
                10, 5));
        Document ghost = LegacyDocs.adminProduct("Ghost", pickles.getObjectId("_id"), 10, 5);
        db.getCollection("orders").insertOne(LegacyDocs.adminOrder("ORD-1", user.getObjectId("_id"), ghost, 1));

        Cli.Result run = run();

        assertThat(run.code()).isEqualTo(ExitCodes.ABORTED);
        assertThat(run.out()).contains("references missing product " + ghost.getObjectId("_id").toHexString());
    }

    @Test
    void shouldRefuseDataThatWouldBreakAUniqueIndexBeforeChangingAnything() {
        db.getCollection("categories").insertOne(pickles);
        db.getCollection("adminproducts").insertOne(LegacyDocs.adminProduct("Avakaya", pickles.getObjectId("_id"),
                10, 5));
        db.getCollection("users").insertMany(List.of(LegacyDocs.user("same@example.test"), LegacyDocs.user(
                "same@example.test")));
        Map<String, String> before = TestData.hashes(db);

        Cli.Result run = run();

        assertThat(run.code()).isEqualTo(ExitCodes.ABORTED);
        assertThat(run.out()).contains("duplicate email \"same@example.test\"");
        assertThat(TestData.hashes(db)).isEqualTo(before);
    }

    private Cli.Result run() {
        return Cli.on(TestData.uri(db), "run", "--report", dir.resolve("run.json").toString());
    }
}
