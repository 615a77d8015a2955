package com.annavaram.user.account;

import java.util.List;

import org.bson.types.ObjectId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.model.customer.Address;
import com.annavaram.model.customer.User;
import com.annavaram.user.config.MapStructConfig;

/** Users and their addresses as the storefront reads them. */
@Mapper(config = MapStructConfig.class)
public interface UserMapper {

    String DEFAULT_ROLE = "customer";

    /**
     * Always {@code customer}: the storefront API has no admin operations, so a legacy {@code role: "admin"} grants
     * nothing here and the storefront is not told otherwise.
     */
    @Mapping(target = "role", constant = DEFAULT_ROLE)
    @Mapping(target = "addresses", expression = "java(addresses(user.getAddresses()))")
    UserResponse toResponse(User user);

    AddressResponse toResponse(Address address);

    default List<AddressResponse> addresses(List<Address> addresses) {
        return addresses == null ? List.of() : addresses.stream().map(this::toResponse).toList();
    }

    default String id(ObjectId id) {
        return id == null ? null : id.toHexString();
    }

    default boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
