package com.annavaram.admin.config.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.annavaram.admin.fixture.Documents;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.testsupport.MongoTestServer;
import com.annavaram.testsupport.TestDatabases;

/** Money is rupees stored as Decimal128 with two decimals, and sorts by value whatever numeric type holds it. */
@SpringBootTest
class MoneyIT {

    private static final String DATABASE = TestDatabases.unique("admin_money");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MongoTestServer.get().uri(DATABASE));
    }

    private final MongoTemplate mongo;

    MoneyIT(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The fixture products reference it; without it their category name would reference nothing. */
    @BeforeEach
    void saveCategory() {
        mongo.save(Documents.category());
    }

    @Test
    void shouldStoreProductPriceAsDecimal128WithTwoDecimals() {
        Product product = Documents.ghee();
        product.setPrice(new BigDecimal("9.5"));
        mongo.save(product);

        Object price = raw(Product.COLLECTION, product.getId()).get(Product.PRICE);

        assertThat(price).isInstanceOf(Decimal128.class);
        assertThat(((Decimal128) price).bigDecimalValue()).isEqualTo(new BigDecimal("9.50"));
    }

    @Test
    void shouldStoreOrderAmountsAsDecimal128WithTwoDecimals() {
        Order order = Documents.paidOrder();
        order.setTotalAmount(new BigDecimal("1549.5"));
        mongo.save(order);

        Document raw = raw(Order.COLLECTION, order.getId());

        assertThat(raw.get(Order.TOTAL_AMOUNT)).isEqualTo(new Decimal128(new BigDecimal("1549.50")));
        Document line = raw.getList(Order.ITEMS, Document.class).get(1);
        assertThat(line.get(OrderLine.UNIT_PRICE)).isEqualTo(new Decimal128(new BigDecimal("249.50")));
        assertThat(line.get(OrderLine.SUBTOTAL)).isEqualTo(new Decimal128(new BigDecimal("249.50")));
    }

    @Test
    void shouldSortDecimalPricesByValue() {
        String batch = saveProducts("100.00", "9.50", "25.25");

        assertThat(pricesSortedAscending(batch)).containsExactly(new BigDecimal("9.50"), new BigDecimal("25.25"),
                new BigDecimal("100.00"));
    }

    @Test
    void shouldSortLegacyIntegerAndDoublePricesAmongDecimalOnesByValue() {
        String batch = saveProducts("100.00", "9.50", "25.25");
        var products = mongo.getDb().getCollection(Product.COLLECTION);
        products.insertMany(List.of(legacyProduct(batch, 50), legacyProduct(batch, 12.75),
                legacyProduct(batch, 30L), legacyProduct(batch, 7)));

        // The load hook gives every price two decimals, so legacy 7 reads as 7.00.
        assertThat(pricesSortedAscending(batch)).containsExactly(new BigDecimal("7.00"), new BigDecimal("9.50"),
                new BigDecimal("12.75"), new BigDecimal("25.25"), new BigDecimal("30.00"), new BigDecimal("50.00"),
                new BigDecimal("100.00"));
    }

    @Test
    void shouldFindPricesInARangeAcrossNumericTypes() {
        String batch = saveProducts("9.50", "25.25");
        mongo.getDb().getCollection(Product.COLLECTION).insertOne(legacyProduct(batch, 20));

        List<Product> found = mongo.find(Query.query(Criteria.where(Product.DESCRIPTION).is(batch)
                .and(Product.PRICE).gte(new BigDecimal("10")).lte(new BigDecimal("25.25"))), Product.class);

        assertThat(found).extracting(Product::getPrice).containsExactlyInAnyOrder(new BigDecimal("20.00"),
                new BigDecimal("25.25"));
    }

    private String saveProducts(String... prices) {
        String batch = "batch-" + new ObjectId().toHexString();
        for (String price : prices) {
            Product product = Documents.ghee();
            product.setDescription(batch);
            product.setPrice(new BigDecimal(price));
            mongo.save(product);
        }
        return batch;
    }

    private List<BigDecimal> pricesSortedAscending(String batch) {
        Query query = Query.query(Criteria.where(Product.DESCRIPTION).is(batch))
                .with(Sort.by(Sort.Direction.ASC, Product.PRICE));
        return mongo.find(query, Product.class).stream().map(Product::getPrice).toList();
    }

    /** A product as a legacy back end stored it: price as a plain BSON number, both stock names agreeing. */
    private static Document legacyProduct(String batch, Number price) {
        return new Document("_id", new ObjectId()).append(Product.NAME, "Legacy " + price)
                .append(Product.DESCRIPTION, batch).append(Product.PRICE, price).append(Product.STOCK, 1)
                .append(Product.TOTAL_STOCK, 1);
    }

    private Document raw(String collection, ObjectId id) {
        return mongo.getDb().getCollection(collection).find(eq("_id", id)).first();
    }
}
