package com.annavaram.user.review;

import org.bson.types.ObjectId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.model.review.Review;
import com.annavaram.user.config.MapStructConfig;

/** Reviews as the storefront reads them; the author and product are resolved by the caller. */
@Mapper(config = MapStructConfig.class)
public interface ReviewMapper {

    @Mapping(target = "id", source = "review.id")
    @Mapping(target = "mongoId", source = "review.id")
    @Mapping(target = "productId", source = "review.productId")
    @Mapping(target = "comment", source = "review.reviewText")
    @Mapping(target = "isApproved", expression = "java(!Boolean.FALSE.equals(review.getIsApproved()))")
    @Mapping(target = "user", source = "author")
    @Mapping(target = "product", source = "product")
    @Mapping(target = "createdAt", source = "review.createdAt")
    @Mapping(target = "updatedAt", source = "review.updatedAt")
    ReviewView toView(Review review, ReviewView.Author author, ReviewView.ProductRef product);

    default String id(ObjectId id) {
        return id == null ? null : id.toHexString();
    }

    default int rating(Integer rating) {
        return rating == null ? 0 : rating;
    }

    default boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
