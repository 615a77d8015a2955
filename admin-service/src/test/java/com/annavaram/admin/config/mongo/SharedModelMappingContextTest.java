package com.annavaram.admin.config.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoProperties;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import com.annavaram.admin.fixture.Documents;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.admin.Admin;
import com.annavaram.model.admin.AuditLog;
import com.annavaram.model.cart.Cart;
import com.annavaram.model.cart.CartItem;
import com.annavaram.model.cart.WishlistEntry;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.LegacyAdminProduct;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.customer.Address;
import com.annavaram.model.customer.Session;
import com.annavaram.model.customer.User;
import com.annavaram.model.order.LegacyOrderItem;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.payment.Payment;
import com.annavaram.model.review.Review;

class SharedModelMappingContextTest {

    private final MongoConfig config = new MongoConfig();
    private final MongoMappingContext context = config
            .mongoMappingContext(config.mongoCustomConversions(new DataMongoProperties()));

    static Stream<Arguments> documents() {
        return Stream.of(Arguments.of(Product.class, CollectionNames.PRODUCTS),
                Arguments.of(LegacyAdminProduct.class, CollectionNames.ADMIN_PRODUCTS),
                Arguments.of(Category.class, CollectionNames.CATEGORIES),
                Arguments.of(Order.class, CollectionNames.ORDERS),
                Arguments.of(LegacyOrderItem.class, CollectionNames.ORDER_ITEMS),
                Arguments.of(Review.class, CollectionNames.REVIEWS), Arguments.of(User.class, CollectionNames.USERS),
                Arguments.of(Session.class, CollectionNames.SESSIONS),
                Arguments.of(Admin.class, CollectionNames.ADMINS),
                Arguments.of(AuditLog.class, CollectionNames.AUDIT_LOGS),
                Arguments.of(Cart.class, CollectionNames.CARTS),
                Arguments.of(CartItem.class, CollectionNames.CART_ITEMS),
                Arguments.of(WishlistEntry.class, CollectionNames.WISHLISTS),
                Arguments.of(Payment.class, CollectionNames.PAYMENTS));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("documents")
    void shouldMapEveryDocumentToItsSharedCollection(Class<?> type, String collection) {
        assertThat(context.getRequiredPersistentEntity(type).getCollection()).isEqualTo(collection);
    }

    @Test
    void shouldMapSubclassesOfADocumentToItsCollection() {
        assertThat(context.getRequiredPersistentEntity(SpecialProduct.class).getCollection())
                .isEqualTo(CollectionNames.PRODUCTS);
    }

    @Test
    void shouldLeaveClassesOutsideTheCatalogueToSpringNaming() {
        assertThat(context.getRequiredPersistentEntity(OrderLine.class).getCollection()).isEqualTo("orderLine");
    }

    @Test
    void shouldNotStoreTheAliasBookkeepingOfTrackedDocuments() {
        Product product = Documents.ghee();
        product.setStock(3);
        Document stored = new Document();

        new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context).write(product, stored);

        assertThat(stored).containsKeys(Product.STOCK, Product.TOTAL_STOCK).doesNotContainKey("written");
    }

    @Test
    void shouldStoreEmbeddedAddressIdAsStringIdEvenWhenItLooksLikeAnObjectId() {
        String hex = new ObjectId().toHexString();
        Address address = new Address();
        address.setId(hex);
        User user = new User();
        user.setAddresses(List.of(address));
        Document stored = new Document();

        new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context).write(user, stored);

        Document storedAddress = stored.getList(User.ADDRESSES, Document.class).get(0);
        assertThat(storedAddress.get(Address.ID)).isEqualTo(hex);
        assertThat(storedAddress).doesNotContainKey("_id");
    }

    static class SpecialProduct extends Product {
    }
}
