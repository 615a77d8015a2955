package com.annavaram.user.catalog;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.annavaram.model.bson.Refs;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;
import com.annavaram.user.error.ApiException;
import com.mongodb.client.model.Projections;

/**
 * The catalogue: products on sale ({@code isActive} and not deleted; a legacy document may lack {@code isDeleted}),
 * looked up by id or slug, searched and sorted for the products page, and shown with their category name and rating
 * figures.
 */
@Singleton
public class ProductCatalog {

    public static final String NOT_FOUND = "Product not found";
    public static final String NOT_AVAILABLE = "Product not available";
    static final int MAX_ID_LENGTH = 200;

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final ProductRatings ratings;
    private final ProductMapper mapper;

    ProductCatalog(ProductRepository products, CategoryRepository categories, ProductRatings ratings,
            ProductMapper mapper) {
        this.products = products;
        this.categories = categories;
        this.ratings = ratings;
        this.mapper = mapper;
    }

    /** The filter of every product a shopper may see and buy. */
    public static Bson onSale() {
        return and(eq(Product.IS_ACTIVE, true), ne(Product.IS_DELETED, true));
    }

    public static boolean isOnSale(Product product) {
        return Boolean.TRUE.equals(product.getIsActive()) && !Boolean.TRUE.equals(product.getIsDeleted());
    }

    /** A product by id or slug, whatever its state. */
    public Optional<ProductEntity> resolve(String idOrSlug) {
        if (idOrSlug == null || idOrSlug.isBlank() || idOrSlug.length() > MAX_ID_LENGTH) {
            return Optional.empty();
        }
        Optional<ObjectId> id = Refs.parse(idOrSlug.trim());
        if (id.isPresent()) {
            return Optional.ofNullable(products.findById(id.get()));
        }
        return Optional.ofNullable(products.mongoCollection()
                .find(eq(Product.SLUG, idOrSlug.trim().toLowerCase(Locale.ROOT))).first());
    }

    /** A product on sale by id or slug; 404 for anything else. */
    public ProductEntity onSale(String idOrSlug) {
        return resolve(idOrSlug).filter(ProductCatalog::isOnSale).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    /** Products by id, in any state. */
    public Map<ObjectId, ProductEntity> byIds(Collection<ObjectId> ids) {
        Map<ObjectId, ProductEntity> found = new HashMap<>();
        if (!ids.isEmpty()) {
            products.mongoCollection().find(in(Product._ID, ids)).forEach(p -> found.put(p.getId(), p));
        }
        return found;
    }

    /** The views of {@code found}, in order, with category names and rating figures resolved in two queries. */
    public List<ProductView> views(List<? extends Product> found) {
        Map<ObjectId, String> names = categoryNames();
        List<ObjectId> unrated = found.stream().filter(p -> p.getReviewCount() == null).map(Product::getId).toList();
        Map<ObjectId, ProductRatings.Figures> computed = ratings.compute(unrated);
        return found.stream().map(p -> mapper.toView(p, categoryName(p, names), figures(p, computed))).toList();
    }

    public ProductView view(Product product) {
        return views(List.of(product)).get(0);
    }

    private Map<ObjectId, String> categoryNames() {
        Map<ObjectId, String> names = new HashMap<>();
        categories.mongoCollection().withDocumentClass(Document.class).find()
                .projection(Projections.include(Category.NAME))
                .forEach(c -> names.put(c.getObjectId(Category._ID), c.getString(Category.NAME)));
        return names;
    }

    /** The name of the category {@code categoryId} references wins over a stale {@code category} string. */
    private static String categoryName(Product product, Map<ObjectId, String> names) {
        if (product.getCategoryId() != null && names.get(product.getCategoryId()) != null) {
            return names.get(product.getCategoryId());
        }
        return product.getCategory();
    }

    private static ProductRatings.Figures figures(Product product,
            Map<ObjectId, ProductRatings.Figures> computed) {
        if (product.getReviewCount() != null) {
            return new ProductRatings.Figures(
                    product.getAverageRating() == null ? 0.0 : product.getAverageRating(), product.getReviewCount());
        }
        return computed.getOrDefault(product.getId(), ProductRatings.Figures.NONE);
    }
}
