package com.annavaram.admin.review;

import java.util.Map;

import org.bson.types.ObjectId;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.admin.config.MapStructConfig;
import com.annavaram.admin.product.ProductRef;
import com.annavaram.model.review.Review;

/** Reviews to rows; products are populated from the given lookup. */
@Mapper(config = MapStructConfig.class)
interface ReviewMapper {

    @Mapping(target = "productId", expression = "java(products.get(review.getProductId()))")
    @Mapping(target = "userId", source = "userId", defaultValue = "")
    @Mapping(target = "isDeleted", source = "isDeleted", defaultValue = "false")
    @Mapping(target = "isApproved", source = "isApproved", defaultValue = "true")
    ReviewViews.Row toRow(Review review, @Context Map<ObjectId, ProductRef> products);
}
