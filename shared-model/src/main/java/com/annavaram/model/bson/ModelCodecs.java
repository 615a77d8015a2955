package com.annavaram.model.bson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.BsonValue;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecProvider;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.pojo.Convention;
import org.bson.codecs.pojo.Conventions;
import org.bson.codecs.pojo.PojoCodecProvider;
import org.bson.types.ObjectId;

import com.annavaram.model.admin.Admin;
import com.annavaram.model.admin.AuditLog;
import com.annavaram.model.cart.Cart;
import com.annavaram.model.cart.CartItem;
import com.annavaram.model.cart.WishlistEntry;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.LegacyAdminProduct;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.customer.Session;
import com.annavaram.model.customer.User;
import com.annavaram.model.order.LegacyOrderItem;
import com.annavaram.model.order.Order;
import com.annavaram.model.payment.Payment;
import com.annavaram.model.review.Review;

/**
 * The driver-level mapping of the documents (used by user-service through Panache and by the migration): POJO
 * codecs wrapped in the alias hooks, plus lenient money and id readers. Put {@link #provider()} before the driver's
 * defaults; {@link #registry(CodecRegistry)} does that.
 */
public final class ModelCodecs {

    /** Every top-level document class and its collection; subclasses (Panache entities) map the same way. */
    private static final Map<Class<?>, String> DOCUMENTS = Map.ofEntries(Map.entry(Product.class, Product.COLLECTION),
            Map.entry(LegacyAdminProduct.class, LegacyAdminProduct.COLLECTION),
            Map.entry(Category.class, Category.COLLECTION), Map.entry(Order.class, Order.COLLECTION),
            Map.entry(LegacyOrderItem.class, LegacyOrderItem.COLLECTION), Map.entry(Review.class, Review.COLLECTION),
            Map.entry(User.class, User.COLLECTION), Map.entry(Session.class, Session.COLLECTION),
            Map.entry(Admin.class, Admin.COLLECTION), Map.entry(AuditLog.class, AuditLog.COLLECTION),
            Map.entry(Cart.class, Cart.COLLECTION), Map.entry(CartItem.class, CartItem.COLLECTION),
            Map.entry(WishlistEntry.class, WishlistEntry.COLLECTION), Map.entry(Payment.class, Payment.COLLECTION));

    private ModelCodecs() {
    }

    /** The provider: lenient scalars, and hooked POJO codecs for the documents and their subclasses. */
    public static CodecProvider provider() {
        return new Provider();
    }

    /** {@link #provider()} in front of {@code defaults}, then plain POJO codecs for the embedded classes. */
    public static CodecRegistry registry(CodecRegistry defaults) {
        return CodecRegistries.fromRegistries(CodecRegistries.fromProviders(provider()), defaults,
                CodecRegistries.fromProviders(pojoProvider()));
    }

    /** The collection a document class (or one of its subclasses) lives in, or {@code null}. */
    public static String collectionOf(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            String collection = DOCUMENTS.get(c);
            if (collection != null) {
                return collection;
            }
        }
        return null;
    }

    static Object plain(BsonValue value) {
        return value.isObjectId()
                ? value.asObjectId().getValue()
                : value.isString()
                        ? value.asString().getValue()
                        : value;
    }

    /**
     * The driver's conventions, except that {@code id} is the document id only on top-level documents: an embedded
     * class such as {@code Address} keeps a field called {@code id}, as the legacy storefront stored it.
     */
    static PojoCodecProvider pojoProvider() {
        List<Convention> conventions = new ArrayList<>(Conventions.DEFAULT_CONVENTIONS);
        conventions.add(builder -> {
            if (collectionOf(builder.getType()) == null) {
                builder.idPropertyName(null);
            }
        });
        return PojoCodecProvider.builder().automatic(true).conventions(conventions).build();
    }

    private static final class Provider implements CodecProvider {

        private final CodecProvider pojo = pojoProvider();
        private final Codec<BigDecimal> money = new LenientBigDecimalCodec();
        private final Codec<ObjectId> ids = new LenientObjectIdCodec();

        @Override
        @SuppressWarnings("unchecked")
        public <T> Codec<T> get(Class<T> clazz, CodecRegistry registry) {
            if (clazz == BigDecimal.class) {
                return (Codec<T>) money;
            }
            if (clazz == ObjectId.class) {
                return (Codec<T>) ids;
            }
            String collection = collectionOf(clazz);
            if (collection == null) {
                return null;
            }
            Codec<T> inner = pojo.get(clazz, registry);
            return inner == null ? null : new HookedCodec<>(inner, collection);
        }
    }
}
