package com.annavaram.admin.product;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.admin.config.MapStructConfig;
import com.annavaram.model.catalog.Product;

/** Products to responses; the category reference is resolved by the caller. */
@Mapper(config = MapStructConfig.class)
interface ProductMapper {

    @Mapping(target = "id", source = "product.id")
    @Mapping(target = "name", source = "product.name")
    @Mapping(target = "isActive", source = "product.isActive", defaultValue = "true")
    @Mapping(target = "isUnlimitedPurchase", source = "product.isUnlimitedPurchase", defaultValue = "false")
    // Legacy storefront products have no limit: the storefront's schema default was one unit.
    @Mapping(target = "maxUnitsPerUser", source = "product.maxUnitsPerUser", defaultValue = "1")
    @Mapping(target = "totalStock", source = "product.totalStock", defaultValue = "0")
    @Mapping(target = "stock", source = "product.stock", defaultValue = "0")
    @Mapping(target = "categoryId", source = "categoryRef")
    @Mapping(target = "averageRating", source = "product.averageRating", defaultValue = "0.0")
    @Mapping(target = "reviewCount", source = "product.reviewCount", defaultValue = "0")
    @Mapping(target = "version", source = "product.version", defaultValue = "0L")
    @Mapping(target = "isDeleted", source = "product.isDeleted", defaultValue = "false")
    ProductResponse toResponse(Product product, CategoryRef categoryRef);
}
