package com.annavaram.admin.category;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.admin.config.MapStructConfig;
import com.annavaram.model.catalog.Category;

/** Categories to responses. */
@Mapper(config = MapStructConfig.class)
interface CategoryMapper {

    @Mapping(target = "isActive", source = "isActive", defaultValue = "true")
    @Mapping(target = "isDeleted", source = "isDeleted", defaultValue = "false")
    CategoryResponse toResponse(Category category);
}
