package com.annavaram.user.account.address;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.model.customer.Address;
import com.annavaram.user.config.MapStructConfig;

/** Checkout form input to the stored address; the id is the service's to give. */
@Mapper(config = MapStructConfig.class)
interface AddressMapper {

    @Mapping(target = "id", ignore = true)
    Address toAddress(AddressRequest request);
}
