package com.annavaram.user.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Products;
import com.annavaram.user.support.TestMongo;

import io.quarkus.panache.common.Sort;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class MoneyIT {

    @Inject
    ProductRepository products;

    @BeforeEach
    void cleanDatabase() {
        TestMongo.clean();
    }

    @Test
    void shouldStorePricesAsDecimal128WithTwoDecimals() {
        ProductEntity whole = Products.priced("Pootharekulu", "250");
        ProductEntity fraction = Products.priced("Sunnundalu", "99.5");
        ProductEntity rounded = Products.priced("Kaja", "10.005");

        products.persist(List.of(whole, fraction, rounded));

        assertThat(storedPrice(whole)).isEqualTo(new Decimal128(new BigDecimal("250.00")));
        assertThat(storedPrice(fraction)).isEqualTo(new Decimal128(new BigDecimal("99.50")));
        assertThat(storedPrice(rounded)).isEqualTo(new Decimal128(new BigDecimal("10.01")));
    }

    @Test
    void shouldSortByPriceInNumericOrder() {
        products.persist(List.of(Products.priced("Ariselu", "100"), Products.priced("Boondi", "9.5"),
                Products.priced("Chakkera Pongali", "25.75"), Products.priced("Dry Fruit Laddu", "1000")));

        List<ProductEntity> sorted = products.listAll(Sort.ascending("price"));

        assertThat(sorted).extracting(ProductEntity::getPrice).containsExactly(new BigDecimal("9.50"),
                new BigDecimal("25.75"), new BigDecimal("100.00"), new BigDecimal("1000.00"));
    }

    @Test
    void shouldSortLegacyNumbersAndDecimal128TogetherByValue() {
        products.persist(List.of(Products.priced("Ariselu", "100"), Products.priced("Chakkera Pongali", "25.75")));
        TestMongo.raw(CollectionNames.PRODUCTS).insertMany(List.of(legacy("Legacy int", 50), legacy("Legacy double",
                7.25)));

        List<ProductEntity> sorted = products.listAll(Sort.descending("price"));

        assertThat(sorted).extracting(ProductEntity::getName).containsExactly("Ariselu", "Legacy int",
                "Chakkera Pongali", "Legacy double");
    }

    private static Document legacy(String name, Object price) {
        return new Document("name", name).append("price", price).append("stock", 1).append("totalStock", 1);
    }

    private static Object storedPrice(ProductEntity product) {
        Document raw = TestMongo.raw(CollectionNames.PRODUCTS).find(new Document("_id", product.getId())).first();
        assertThat(raw).isNotNull();
        return raw.get("price");
    }
}
