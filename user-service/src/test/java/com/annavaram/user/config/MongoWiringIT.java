package com.annavaram.user.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.bson.LenientBigDecimalCodec;
import com.annavaram.model.bson.LenientObjectIdCodec;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.catalog.ProductRepository;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Products;
import com.annavaram.user.support.TestMongo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class MongoWiringIT {

    @Inject
    ProductRepository products;

    @Test
    void shouldUseTheDatabaseNamedInThePathOfTheConnectionString() {
        assertThat(products.mongoDatabase().getName()).isEqualTo(TestMongo.DATABASE);
    }

    @Test
    void shouldPutTheModelCodecsInFrontOfTheDriverDefaults() {
        CodecRegistry registry = products.mongoCollection().getCodecRegistry();

        assertThat(registry.get(BigDecimal.class)).isInstanceOf(LenientBigDecimalCodec.class);
        assertThat(registry.get(ObjectId.class)).isInstanceOf(LenientObjectIdCodec.class);
        assertThat(registry.get(ProductEntity.class).getClass().getSimpleName()).isEqualTo("HookedCodec");
    }

    @Test
    void shouldIgnoreCodecProvidersThatAreNotTheSharedModels() {
        TestMongo.clean();
        ProductEntity product = Products.priced("Pootharekulu", "250");

        products.persist(product);

        Document raw = TestMongo.raw(CollectionNames.PRODUCTS).find(new Document("_id", product.getId())).first();
        assertThat(raw).isNotNull();
        assertThat(raw.get("createdAt")).as("a BSON date, not %s's string", StrayInstantCodecProvider.class)
                .isInstanceOf(Date.class);
        assertThat(raw.get("updatedAt")).isInstanceOf(Date.class);
    }

    @Test
    void shouldApplyTheIndexCatalogueAtStart() {
        assertThat(indexes(CollectionNames.PRODUCTS)).anySatisfy(index -> {
            assertThat(index.getString("name")).isEqualTo("slug_1");
            assertThat(index.getBoolean("unique")).isTrue();
            assertThat(index.getBoolean("sparse")).isTrue();
        });
        assertThat(indexes(CollectionNames.REVIEWS)).anySatisfy(index -> {
            assertThat(index.getString("name")).isEqualTo("productId_1_userId_1");
            assertThat(index.getBoolean("unique")).isTrue();
        });
        assertThat(indexes(CollectionNames.ORDERS)).extracting(index -> index.getString("name"))
                .contains("orderId_1");
    }

    private static List<Document> indexes(String collection) {
        return TestMongo.raw(collection).listIndexes().into(new ArrayList<>());
    }
}
