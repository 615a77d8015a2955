package com.annavaram.admin.config;

import org.mapstruct.InjectionStrategy;
import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The configuration every mapper of admin-service uses: an unmapped target property fails the build, so each alias
 * field is either mapped or explicitly left to the save hook.
 */
@MapperConfig(uses = CommonMappings.class, unmappedTargetPolicy = ReportingPolicy.ERROR, componentModel = MappingConstants.ComponentModel.SPRING, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface MapStructConfig {
}
