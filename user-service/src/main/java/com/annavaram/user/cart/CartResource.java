package com.annavaram.user.cart;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.annavaram.user.account.session.AccessTokens;
import com.annavaram.user.account.session.CurrentAccount;
import com.annavaram.user.web.ApiResponse;

/** The customer's cart (S22–S25); every call answers with the whole cart body. */
@Path("/api/cart")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessTokens.CUSTOMER)
class CartResource {

    static final String BODY_REQUIRED = "A JSON body is required.";

    private final CartService carts;
    private final CurrentAccount current;

    CartResource(CartService carts, CurrentAccount current) {
        this.carts = carts;
        this.current = current;
    }

    @GET
    public ApiResponse<CartView> cart() {
        return ApiResponse.of(null, carts.view(current.user().getId()));
    }

    @POST
    @Path("/items")
    public ApiResponse<CartView> add(@Valid @NotNull(message = BODY_REQUIRED) CartItemRequest request) {
        return ApiResponse.of("Added to cart", carts.add(current.user().getId(), request));
    }

    @PATCH
    @Path("/items/{itemId}")
    public ApiResponse<CartView> update(@PathParam("itemId") String itemId,
            @Valid @NotNull(message = BODY_REQUIRED) QuantityRequest request) {
        return ApiResponse.of("Cart updated", carts.update(current.user().getId(), itemId, request.quantity()));
    }

    @DELETE
    @Path("/items/{itemId}")
    public ApiResponse<CartView> remove(@PathParam("itemId") String itemId) {
        return ApiResponse.of("Removed from cart", carts.remove(current.user().getId(), itemId));
    }

    @DELETE
    public ApiResponse<CartView> clear() {
        return ApiResponse.of("Cart cleared", carts.clear(current.user().getId()));
    }
}
