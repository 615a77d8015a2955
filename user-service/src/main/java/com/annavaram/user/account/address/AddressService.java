package com.annavaram.user.account.address;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.annavaram.model.customer.Address;
import com.annavaram.model.customer.User;
import com.annavaram.user.account.UserEntity;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.error.ApiException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * The saved addresses of a customer, embedded in the user document. Each change rewrites the list on the condition
 * that the document is unchanged since it was read ({@code updatedAt}), so two tabs cannot lose each other's edits.
 */
@Singleton
public class AddressService {

    public static final int MAX_ADDRESSES = 5;
    public static final String TOO_MANY = "You can save at most 5 addresses.";
    public static final String NOT_FOUND = "Address not found.";
    public static final String CHANGED = "Your addresses were changed at the same time. Please try again.";
    static final String DEFAULT_COUNTRY = "IN";

    private final UserRepository users;
    private final AddressMapper mapper;

    AddressService(UserRepository users, AddressMapper mapper) {
        this.users = users;
        this.mapper = mapper;
    }

    public List<Address> list(UserEntity user) {
        return user.getAddresses() == null ? List.of() : user.getAddresses();
    }

    /** Adds an address; returns the stored one. */
    public Address add(UserEntity user, AddressRequest request, Instant now) {
        List<Address> addresses = new ArrayList<>(list(user));
        if (addresses.size() >= MAX_ADDRESSES) {
            throw ApiException.badRequest(TOO_MANY);
        }
        Address address = normalized(mapper.toAddress(request));
        address.setId(UUID.randomUUID().toString().replace("-", ""));
        address.setIsDefault(Boolean.TRUE.equals(request.isDefault()));
        addresses.add(address);
        save(user, addresses, address, now);
        return address;
    }

    /** Replaces the fields of one address, keeping its id (and its default flag when none is sent). */
    public Address edit(UserEntity user, String id, AddressRequest request, Instant now) {
        List<Address> addresses = new ArrayList<>(list(user));
        int index = indexOf(addresses, id);
        Address address = normalized(mapper.toAddress(request));
        address.setId(addresses.get(index).getId());
        address.setIsDefault(request.isDefault() == null
                ? Boolean.TRUE.equals(addresses.get(index).getIsDefault())
                : request.isDefault());
        addresses.set(index, address);
        save(user, addresses, address, now);
        return address;
    }

    public void delete(UserEntity user, String id, Instant now) {
        List<Address> addresses = new ArrayList<>(list(user));
        addresses.remove(indexOf(addresses, id));
        save(user, addresses, null, now);
    }

    private void save(UserEntity user, List<Address> addresses, Address changed, Instant now) {
        if (changed != null && Boolean.TRUE.equals(changed.getIsDefault())) {
            addresses.stream().filter(a -> a != changed).forEach(a -> a.setIsDefault(false));
        }
        if (!users.update(user.getId(), Filters.eq(User.UPDATED_AT, user.getUpdatedAt()),
                Updates.set(User.ADDRESSES, addresses), now)) {
            throw ApiException.conflict(CHANGED);
        }
        user.setAddresses(addresses);
        user.setUpdatedAt(now);
    }

    private static int indexOf(List<Address> addresses, String id) {
        for (int i = 0; i < addresses.size(); i++) {
            if (addresses.get(i).getId() != null && addresses.get(i).getId().equals(id)) {
                return i;
            }
        }
        throw ApiException.notFound(NOT_FOUND);
    }

    /** Trimmed text, blanks as absent; a country code of up to three letters in upper case, India by default. */
    private static Address normalized(Address address) {
        address.setLabel(trim(address.getLabel()));
        address.setContactName(trim(address.getContactName()));
        address.setPhone(trim(address.getPhone()));
        address.setLine1(trim(address.getLine1()));
        address.setLine2(trim(address.getLine2()));
        address.setCity(trim(address.getCity()));
        address.setState(trim(address.getState()));
        address.setPostalCode(trim(address.getPostalCode()));
        String country = trim(address.getCountry());
        if (country == null) {
            country = DEFAULT_COUNTRY;
        } else if (country.length() <= 3) {
            country = country.toUpperCase(Locale.ROOT);
        }
        address.setCountry(country);
        return address;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
