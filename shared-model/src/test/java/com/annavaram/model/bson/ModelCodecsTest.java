package com.annavaram.model.bson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.codecs.BsonValueCodecProvider;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodecProvider;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.IterableCodecProvider;
import org.bson.codecs.MapCodecProvider;
import org.bson.codecs.ValueCodecProvider;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.jsr310.Jsr310CodecProvider;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.model.Documents;
import com.annavaram.model.cart.CartItem;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.customer.User;
import com.annavaram.model.order.Order;
import com.annavaram.model.payment.Payment;

class ModelCodecsTest {

    /** The driver's default providers, without depending on the driver. */
    private static final CodecRegistry REGISTRY = ModelCodecs.registry(CodecRegistries.fromProviders(
            new ValueCodecProvider(), new BsonValueCodecProvider(), new DocumentCodecProvider(),
            new IterableCodecProvider(), new MapCodecProvider(), new Jsr310CodecProvider()));

    private static <T> BsonDocument encode(Class<T> type, T value) {
        BsonDocument out = new BsonDocument();
        REGISTRY.get(type).encode(new BsonDocumentWriter(out), value, EncoderContext.builder().build());
        return out;
    }

    private static <T> T decode(Class<T> type, String json) {
        Codec<T> codec = REGISTRY.get(type);
        return codec.decode(new BsonDocumentReader(BsonDocument.parse(json)), DecoderContext.builder().build());
    }

    /** A Panache entity is a subclass of the shared document. */
    public static class ProductEntity extends Product {
    }

    @Test
    void shouldRunSaveHookOnEncode() {
        ProductEntity product = new ProductEntity();
        product.setTotalStock(6);
        product.setPrice(new BigDecimal("99.5"));

        BsonDocument stored = encode(ProductEntity.class, product);

        assertThat(stored.getInt32("stock").getValue()).isEqualTo(6);
        assertThat(stored.getInt32("totalStock").getValue()).isEqualTo(6);
        assertThat(stored.get("price").getBsonType()).isEqualTo(BsonType.DECIMAL128);
        assertThat(stored.getDecimal128("price").getValue().bigDecimalValue()).isEqualTo(new BigDecimal("99.50"));
        assertThat(stored.get("updatedAt").getBsonType()).isEqualTo(BsonType.DATE_TIME);
    }

    @Test
    void shouldRoundTripAnOrderFieldForField() {
        Order order = Documents.order();
        order.setId(new ObjectId());
        order.setTotalAmount(new BigDecimal("1300.00"));
        order.setCreatedAt(Instant.parse("2026-11-22T10:15:30.123Z"));
        com.annavaram.model.alias.AliasSync.beforeSave(order);

        Order back = decode(Order.class, encode(Order.class, order).toJson());

        assertThat(back).usingRecursiveComparison().isEqualTo(order);
    }

    @Test
    void shouldReadLegacyMoneyIdsAndUnequalPairsLeniently() {
        Product product = decode(Product.class, """
                {_id: {$oid: '64a0000000000000000000c1'}, price: 120, categoryId: '64a000000000000000000001',
                 stock: 3, totalStock: 8, images: ['a.jpg'], __v: 0}""");

        assertThat(product.getPrice()).isEqualTo(new BigDecimal("120.00"));
        assertThat(product.getCategoryId()).isEqualTo(new ObjectId("64a000000000000000000001"));
        assertThat(product.getTotalStock()).isEqualTo(3);
        assertThat(product.getImageUrl()).isEqualTo("a.jpg");
    }

    @Test
    void shouldReadDoubleAndStringMoney() {
        assertThat(decode(Product.class, "{price: 99.99}").getPrice()).isEqualTo(new BigDecimal("99.99"));
        assertThat(decode(Product.class, "{price: '45.5'}").getPrice()).isEqualTo(new BigDecimal("45.50"));
        assertThat(decode(Product.class, "{price: {$numberLong: '7'}}").getPrice()).isEqualTo(new BigDecimal("7.00"));
    }

    @Test
    void shouldNameCollectionIdAndFieldOfUnreadableDocument() {
        assertThatThrownBy(() -> decode(Product.class, "{_id: {$oid: '64a0000000000000000000c2'}, price: 'abc'}"))
                .isInstanceOf(LegacyDataException.class)
                .hasMessageContaining("products").hasMessageContaining("64a0000000000000000000c2")
                .hasMessageContaining("'price'")
                .satisfies(e -> assertThat(((LegacyDataException) e).field()).isEqualTo("price"));
    }

    @Test
    void shouldNameCollectionOfMalformedReference() {
        assertThatThrownBy(() -> decode(Order.class,
                "{_id: {$oid: '64a0000000000000000000c3'}, products: [{productId: 'kakinada-kaja'}]}"))
                .isInstanceOf(LegacyDataException.class)
                .hasMessageContaining("orders _id=64a0000000000000000000c3")
                .hasMessageContaining("field 'products.productId'");
    }

    @Test
    void shouldStoreAndReadEveryAmountWithTwoDecimals() {
        CartItem item = new CartItem();
        item.setPriceAtAddition(new BigDecimal("10.005"));

        assertThat(encode(CartItem.class, item).getDecimal128("priceAtAddition").getValue().bigDecimalValue())
                .isEqualTo(new BigDecimal("10.01"));
        assertThat(decode(Payment.class, "{amount: 500}").getAmount()).isEqualTo(new BigDecimal("500.00"));
        assertThat(decode(Payment.class, "{amount: '500'}").getAmount()).isEqualTo(new BigDecimal("500.00"));
    }

    @Test
    void shouldKeepEmbeddedAddressIdAsIdNotAsDocumentId() {
        User user = decode(User.class, """
                {_id: {$oid: '64a0000000000000000000c4'},
                 addresses: [{id: 'c49d3fdbeef858fe37a934d8c173fc56', city: 'Kakinada'}]}""");

        assertThat(user.getId()).isEqualTo(new ObjectId("64a0000000000000000000c4"));
        assertThat(user.getAddresses().get(0).getId()).isEqualTo("c49d3fdbeef858fe37a934d8c173fc56");
        BsonDocument stored = encode(User.class, user);
        assertThat(stored.getArray("addresses").get(0).asDocument().getString("id").getValue())
                .isEqualTo("c49d3fdbeef858fe37a934d8c173fc56");
        assertThat(stored.getArray("addresses").get(0).asDocument().containsKey("_id")).isFalse();
    }

    @Test
    void shouldReadRawDocumentsThroughTheRegistryToo() {
        Document raw = REGISTRY.get(Document.class).decode(new BsonDocumentReader(BsonDocument.parse("{a: 1}")),
                DecoderContext.builder().build());

        assertThat(raw).containsEntry("a", 1);
    }
}
