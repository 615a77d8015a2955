package com.annavaram.admin.audit;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.admin.config.MapStructConfig;
import com.annavaram.admin.web.JsonValues;
import com.annavaram.model.admin.AuditLog;

/** Audit entries to responses, their free-form values shown as JSON shows them. */
@Mapper(config = MapStructConfig.class, imports = JsonValues.class)
interface AuditLogMapper {

    @Mapping(target = "before", expression = "java(JsonValues.plain(log.getBefore()))")
    @Mapping(target = "after", expression = "java(JsonValues.plain(log.getAfter()))")
    AuditLogResponse toResponse(AuditLog log);
}
