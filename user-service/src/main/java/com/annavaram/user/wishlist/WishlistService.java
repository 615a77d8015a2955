package com.annavaram.user.wishlist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;

import com.annavaram.model.bson.Refs;
import com.annavaram.model.cart.WishlistEntry;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.catalog.ProductCatalog;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.catalog.ProductView;
import com.annavaram.user.error.ApiException;
import com.mongodb.client.model.Filters;

/** A customer's wishlist: one entry per product (a unique index, so racing requests add it once). */
@Singleton
class WishlistService {

    static final String NOT_IN_WISHLIST = "This product is not in your wishlist";

    private final WishlistRepository entries;
    private final ProductCatalog catalog;

    WishlistService(WishlistRepository entries, ProductCatalog catalog) {
        this.entries = entries;
        this.catalog = catalog;
    }

    /** The entries whose product is on sale, newest first, each product once. */
    WishlistView view(ObjectId user) {
        Map<ObjectId, WishlistEntity> byProduct = new LinkedHashMap<>();
        for (WishlistEntity entry : entries.ofUser(user)) {
            if (entry.getProduct() != null) {
                byProduct.putIfAbsent(entry.getProduct(), entry);
            }
        }
        List<ProductEntity> onSale = catalog.byIds(byProduct.keySet()).values().stream()
                .filter(ProductCatalog::isOnSale).toList();
        Map<String, ProductView> views = catalog.views(onSale).stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        List<WishlistView.Item> items = new ArrayList<>();
        byProduct.forEach((productId, entry) -> {
            ProductView p = views.get(productId.toHexString());
            if (p != null) {
                items.add(new WishlistView.Item(p.id(), p.id(), entry.getId().toHexString(), p.name(), p.price(),
                        p.category(), p.slug(), p.images(), p.image(), p.stock(), p.averageRating(), p.reviewCount(),
                        entry.getCreatedAt()));
            }
        });
        return new WishlistView(items, items.size());
    }

    /** Whether the product is on the wishlist after a toggle, and its id. */
    record Toggled(boolean inWishlist, String productId) {
    }

    /** Adds the product when it is not there, removes it when it is. */
    Toggled toggle(ObjectId user, String productId) {
        ProductEntity product = catalog.resolve(productId)
                .orElseThrow(() -> ApiException.notFound(ProductCatalog.NOT_FOUND));
        if (entries.remove(user, product.getId())) {
            return new Toggled(false, product.getId().toHexString());
        }
        add(user, product);
        return new Toggled(true, product.getId().toHexString());
    }

    void add(ObjectId user, String productId) {
        add(user, catalog.resolve(productId).orElseThrow(() -> ApiException.notFound(ProductCatalog.NOT_FOUND)));
    }

    void remove(ObjectId user, String productId) {
        ObjectId id = Refs.parse(productId).or(() -> catalog.resolve(productId).map(ProductEntity::getId))
                .orElseThrow(() -> ApiException.notFound(NOT_IN_WISHLIST));
        if (!entries.remove(user, id)) {
            throw ApiException.notFound(NOT_IN_WISHLIST);
        }
    }

    void clear(ObjectId user) {
        entries.mongoCollection().deleteMany(Filters.eq(WishlistEntry.USER, user));
    }

    private void add(ObjectId user, ProductEntity product) {
        if (!ProductCatalog.isOnSale(product)) {
            throw ApiException.notFound(ProductCatalog.NOT_AVAILABLE);
        }
        if (entries.contains(user, product.getId())) {
            return;
        }
        WishlistEntity entry = new WishlistEntity();
        entry.setUser(user);
        entry.setProduct(product.getId());
        try {
            entries.persist(entry);
        } catch (RuntimeException e) {
            if (!UserRepository.isDuplicateKey(e)) {
                throw e;
            }
        }
    }
}
