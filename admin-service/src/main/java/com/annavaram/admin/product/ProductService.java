package com.annavaram.admin.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import com.annavaram.admin.audit.AuditTrail;
import com.annavaram.admin.error.ApiException;
import com.annavaram.admin.web.Ids;
import com.annavaram.model.bson.Money;
import com.annavaram.model.bson.Refs;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.catalog.Slugs;

/**
 * The admin's products: listing, creation with a unique slug, and the edits of the panel, each of which goes through
 * {@link VersionedWrites} (optimistic locking, audit).
 */
@Service
class ProductService {

    static final String TARGET = "product";
    static final String NOT_FOUND = "Product not found";

    private final ProductRepository products;
    private final ProductCategories categories;
    private final ProductMapper mapper;
    private final VersionedWrites writes;
    private final MongoTemplate mongo;
    private final AuditTrail audit;

    ProductService(ProductRepository products, ProductCategories categories, ProductMapper mapper,
            VersionedWrites writes, MongoTemplate mongo, AuditTrail audit) {
        this.products = products;
        this.categories = categories;
        this.mapper = mapper;
        this.writes = writes;
        this.mongo = mongo;
        this.audit = audit;
    }

    record Page(List<ProductResponse> items, long total) {
    }

    Page list(ProductQuery query) {
        List<Product> found = products.find(query.toQuery());
        long total = products.count(query.toQuery());
        ProductCategories.Resolver resolver = categories.resolver();
        return new Page(found.stream().map(p -> mapper.toResponse(p, resolver.ref(p))).toList(), total);
    }

    /** A product by id or, for links built from slugs, by slug. */
    ProductResponse get(String idOrSlug, boolean includeDeleted) {
        Product product = Refs.parse(idOrSlug).flatMap(products::findById)
                .or(() -> products.findBySlug(idOrSlug.toLowerCase(Locale.ROOT)))
                .filter(p -> includeDeleted || !Boolean.TRUE.equals(p.getIsDeleted()))
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        return response(product);
    }

    ProductResponse create(ProductRequest request) {
        Integer stock = request.totalStock() != null ? request.totalStock() : request.stock();
        if (stock == null) {
            throw ApiException.invalidField("/totalStock", "is required");
        }
        Category category = requireCategory(request.categoryId());
        boolean unlimited = Boolean.TRUE.equals(request.isUnlimitedPurchase());
        Product product = new Product();
        product.setId(new ObjectId());
        product.setName(request.name().trim());
        product.setDescription(request.description());
        product.setCategoryId(category.getId());
        product.setPrice(Money.normalise(request.price()));
        product.setCurrency(Money.CURRENCY);
        product.setTotalStock(stock);
        product.setIsUnlimitedPurchase(unlimited);
        product.setMaxUnitsPerUser(ProductRules.maxUnitsPerUser(request.maxUnitsPerUser(), unlimited, stock));
        if (request.images() != null) {
            product.setImages(new ArrayList<>(request.images()));
        }
        if (request.imageUrl() != null && !request.imageUrl().isBlank()) {
            product.setImageUrl(request.imageUrl().trim());
        }
        product.setIsActive(stock > 0 && !Boolean.FALSE.equals(request.isActive()));
        product.setIsDeleted(false);
        product.setAverageRating(0.0);
        product.setReviewCount(0);
        product.setVersion(0L);
        Product saved = insertWithFreeSlug(product);
        audit.record("product.create", TARGET, saved.getId(), null, VersionedWrites.snapshot(saved));
        return response(saved);
    }

    /** A slug race lost to another insert is retried once with the next free slug. */
    private Product insertWithFreeSlug(Product product) {
        for (int attempt = 1;; attempt++) {
            product.setSlug(Slugs.unique(Slugs.of(product.getName(), TARGET, product.getId()), products::slugTaken));
            try {
                return products.insert(product);
            } catch (DuplicateKeyException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** A12 (every field, {@code full}) and the partial edit; absent fields keep their values. */
    ProductResponse edit(ObjectId id, ProductPatch patch, Long expected, boolean full) {
        if (!full && patch.isEmpty()) {
            throw ApiException.badRequest("Nothing to change");
        }
        Category category = patch.categoryId() == null ? null : requireCategory(patch.categoryId());
        return write(id, expected, full ? "product.update" : "product.patch", (current, set) -> {
            if (patch.name() != null) {
                set.put(Product.NAME, patch.name().trim());
                if (current.getSlug() == null || current.getSlug().isBlank()) {
                    set.put(Product.SLUG, Slugs.unique(Slugs.of(patch.name(), TARGET, id), products::slugTaken));
                }
            }
            if (patch.description() != null) {
                set.put(Product.DESCRIPTION, patch.description());
            }
            if (category != null) {
                set.put(Product.CATEGORY_ID, category.getId());
            }
            if (patch.price() != null) {
                set.put(Product.PRICE, Money.toDecimal128(patch.price()));
            }
            int stock = patch.anyStock() != null ? patch.anyStock() : stockOf(current);
            if (patch.anyStock() != null) {
                set.put(Product.STOCK, stock);
            }
            boolean unlimited = patch.isUnlimitedPurchase() != null
                    ? patch.isUnlimitedPurchase()
                    : Boolean.TRUE.equals(current.getIsUnlimitedPurchase());
            if (patch.isUnlimitedPurchase() != null) {
                set.put(Product.IS_UNLIMITED_PURCHASE, unlimited);
            }
            if (patch.maxUnitsPerUser() != null || full) {
                set.put(Product.MAX_UNITS_PER_USER,
                        ProductRules.maxUnitsPerUser(patch.maxUnitsPerUser(), unlimited, stock));
            }
            if (patch.images() != null) {
                set.put(Product.IMAGES, new ArrayList<>(patch.images()));
            }
            if (patch.imageUrl() != null) {
                set.put(Product.IMAGE_URL, patch.imageUrl().isBlank() ? "" : patch.imageUrl().trim());
            }
            boolean wanted = patch.isActive() != null ? patch.isActive() : !Boolean.FALSE.equals(current.getIsActive());
            if (patch.isActive() != null || stock == 0) {
                set.put(Product.IS_ACTIVE, wanted && stock > 0);
            }
        });
    }

    ProductResponse setStock(ObjectId id, int stock, Long expected) {
        return write(id, expected, "product.stock", (current, set) -> {
            set.put(Product.STOCK, stock);
            if (stock == 0) {
                set.put(Product.IS_ACTIVE, false);
            }
        });
    }

    ProductResponse toggle(ObjectId id, Long expected) {
        return write(id, expected, "product.toggle", (current, set) -> {
            boolean activate = Boolean.FALSE.equals(current.getIsActive());
            if (activate && stockOf(current) <= 0) {
                throw ApiException.badRequest("Cannot activate a product with no stock");
            }
            set.put(Product.IS_ACTIVE, activate);
        });
    }

    /** Soft delete: the product stays for orders and reviews that name it, hidden from both shops. */
    void delete(ObjectId id, Long expected) {
        write(id, expected, "product.delete", (current, set) -> {
            set.put(Product.IS_DELETED, true);
            set.put(Product.IS_ACTIVE, false);
        });
    }

    private ProductResponse write(ObjectId id, Long expected, String action, BiConsumer<Product, Document> change) {
        return response(writes.write(id, expected, action, change));
    }

    private Category requireCategory(String categoryId) {
        ObjectId id = Ids.body("/categoryId", categoryId);
        Category category = mongo.findById(id, Category.class);
        if (category == null || Boolean.TRUE.equals(category.getIsDeleted())) {
            throw ApiException.invalidField("/categoryId", "does not name a category");
        }
        return category;
    }

    private ProductResponse response(Product product) {
        return mapper.toResponse(product, categories.resolver().ref(product));
    }

    private static int stockOf(Product product) {
        return product.getStock() == null ? 0 : product.getStock();
    }
}
