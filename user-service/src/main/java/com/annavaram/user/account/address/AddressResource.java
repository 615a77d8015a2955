package com.annavaram.user.account.address;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.annavaram.model.customer.Address;
import com.annavaram.user.account.AddressResponse;
import com.annavaram.user.account.UserEntity;
import com.annavaram.user.account.UserMapper;
import com.annavaram.user.account.session.AccessTokens;
import com.annavaram.user.account.session.CurrentAccount;
import com.annavaram.user.web.ApiResponse;

/** The checkout page's saved addresses (S9–S12); every change answers with the full list. */
@Path("/api/auth/addresses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessTokens.CUSTOMER)
class AddressResource {

    static final String ADDED = "Address added";
    static final String UPDATED = "Address updated";
    static final String DELETED = "Address deleted";
    static final String BODY_REQUIRED = "A JSON body is required.";

    private final AddressService addresses;
    private final CurrentAccount current;
    private final UserMapper mapper;

    AddressResource(AddressService addresses, CurrentAccount current, UserMapper mapper) {
        this.addresses = addresses;
        this.current = current;
        this.mapper = mapper;
    }

    @GET
    public ApiResponse<Map<String, Object>> list() {
        return ApiResponse.of(null, body(addresses.list(current.user()), null));
    }

    @POST
    public Response add(@Valid @NotNull(message = BODY_REQUIRED) AddressRequest request) {
        UserEntity user = current.user();
        Address added = addresses.add(user, request, Instant.now());
        return Response.status(201).entity(ApiResponse.of(ADDED, body(user.getAddresses(), added))).build();
    }

    @PUT
    @Path("/{id}")
    public ApiResponse<Map<String, Object>> edit(@PathParam("id") String id,
            @Valid @NotNull(message = BODY_REQUIRED) AddressRequest request) {
        UserEntity user = current.user();
        Address edited = addresses.edit(user, id, request, Instant.now());
        return ApiResponse.of(UPDATED, body(user.getAddresses(), edited));
    }

    @DELETE
    @Path("/{id}")
    public ApiResponse<Map<String, Object>> delete(@PathParam("id") String id) {
        UserEntity user = current.user();
        addresses.delete(user, id, Instant.now());
        return ApiResponse.of(DELETED, body(user.getAddresses(), null));
    }

    /** {@code addresses}, plus {@code address} (the one just saved), which the page falls back to. */
    private Map<String, Object> body(List<Address> list, Address changed) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<AddressResponse> all = mapper.addresses(list);
        data.put("addresses", all);
        if (changed != null) {
            data.put("address", mapper.toResponse(changed));
        }
        return data;
    }
}
