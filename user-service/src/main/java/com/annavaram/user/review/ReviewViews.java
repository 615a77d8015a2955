package com.annavaram.user.review;

import static com.mongodb.client.model.Filters.in;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.model.customer.User;
import com.annavaram.model.review.Review;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.catalog.ProductCatalog;
import com.annavaram.user.catalog.ProductEntity;
import com.mongodb.client.model.Projections;

/** Reviews with their authors' names (one query) and, on "my reviews", their products (one more). */
@Singleton
class ReviewViews {

    private final ReviewMapper mapper;
    private final UserRepository users;
    private final ProductCatalog catalog;

    ReviewViews(ReviewMapper mapper, UserRepository users, ProductCatalog catalog) {
        this.mapper = mapper;
        this.users = users;
        this.catalog = catalog;
    }

    List<ReviewView> of(List<ReviewEntity> found, boolean withProducts) {
        Set<ObjectId> authorIds = found.stream().map(Review::getUserId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<ObjectId, String> names = new HashMap<>();
        if (!authorIds.isEmpty()) {
            users.mongoCollection().withDocumentClass(Document.class).find(in(User._ID, authorIds))
                    .projection(Projections.include(User.FULL_NAME))
                    .forEach(u -> names.put(u.getObjectId(User._ID), u.getString(User.FULL_NAME)));
        }
        Map<ObjectId, ProductEntity> products = withProducts
                ? catalog.byIds(found.stream().map(Review::getProductId).filter(Objects::nonNull).toList())
                : Map.of();
        return found.stream().map(r -> mapper.toView(r,
                r.getUserId() == null
                        ? null
                        : new ReviewView.Author(r.getUserId().toHexString(), names.get(r
                                .getUserId())),
                productRef(products.get(r.getProductId())))).toList();
    }

    private static ReviewView.ProductRef productRef(ProductEntity product) {
        return product == null
                ? null
                : new ReviewView.ProductRef(product.getId().toHexString(), product.getName(), product.getSlug(),
                        product.getImageUrl());
    }

}
