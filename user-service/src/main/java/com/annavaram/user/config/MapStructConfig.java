package com.annavaram.user.config;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The configuration every mapper of the service uses: an unmapped target property fails the build, so each alias
 * field is either mapped or explicitly left to the save hook.
 */
@MapperConfig(unmappedTargetPolicy = ReportingPolicy.ERROR, componentModel = MappingConstants.ComponentModel.CDI)
public interface MapStructConfig {
}
