package com.annavaram.admin.customer;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.admin.config.MapStructConfig;
import com.annavaram.model.customer.Address;
import com.annavaram.model.customer.User;

/** Users to the admin's view; secrets have no target to be mapped to. */
@Mapper(config = MapStructConfig.class)
interface CustomerMapper {

    @Mapping(target = "hasPassword", expression = "java(user.getPasswordHash() != null && !user.getPasswordHash().isBlank())")
    @Mapping(target = "hasGoogleSignIn", expression = "java(user.getGoogleId() != null)")
    CustomerViews.Customer toCustomer(User user);

    CustomerViews.Address toAddress(Address address);
}
