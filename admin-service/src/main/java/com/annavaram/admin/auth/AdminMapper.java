package com.annavaram.admin.auth;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.admin.config.MapStructConfig;
import com.annavaram.model.admin.Admin;

/** Admins to responses; the password hash and failure counter have no target. */
@Mapper(config = MapStructConfig.class)
interface AdminMapper {

    @Mapping(target = "role", expression = "java(AdminRole.ofStored(admin.getRole()).map(AdminRole::stored).orElse(admin.getRole()))")
    @Mapping(target = "isActive", expression = "java(!Boolean.FALSE.equals(admin.getIsActive()))")
    AdminResponse toResponse(Admin admin);
}
