package com.annavaram.user.catalog;

import java.util.List;
import java.util.Objects;

import org.bson.types.ObjectId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.model.catalog.Product;
import com.annavaram.user.config.MapStructConfig;

/** Products as the storefront reads them; the category name and rating figures are resolved by the caller. */
@Mapper(config = MapStructConfig.class)
public interface ProductMapper {

    @Mapping(target = "id", source = "product.id")
    @Mapping(target = "mongoId", source = "product.id")
    @Mapping(target = "category", source = "category")
    @Mapping(target = "images", expression = "java(images(product.getImages()))")
    @Mapping(target = "image", source = "product.imageUrl")
    @Mapping(target = "stock", expression = "java(stock(product.getStock()))")
    @Mapping(target = "isActive", expression = "java(ProductCatalog.isOnSale(product))")
    @Mapping(target = "averageRating", source = "figures.averageRating")
    @Mapping(target = "reviewCount", source = "figures.reviewCount")
    ProductView toView(Product product, String category, ProductRatings.Figures figures);

    default String id(ObjectId id) {
        return id == null ? null : id.toHexString();
    }

    default List<String> images(List<String> images) {
        return images == null ? List.of() : images.stream().filter(Objects::nonNull).toList();
    }

    /** Never negative: a legacy document may hold anything. */
    default int stock(Integer stock) {
        return stock == null ? 0 : Math.max(0, stock);
    }

    default boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
