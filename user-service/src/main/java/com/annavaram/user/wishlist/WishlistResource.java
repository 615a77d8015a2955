package com.annavaram.user.wishlist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.bson.types.ObjectId;

import com.annavaram.user.account.session.AccessTokens;
import com.annavaram.user.account.session.CurrentAccount;
import com.annavaram.user.web.ApiResponse;

/** The customer's wishlist (S26, S27, and the calls the storefront defines but does not use yet). */
@Path("/api/wishlist")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessTokens.CUSTOMER)
class WishlistResource {

    static final String BODY_REQUIRED = "A JSON body is required.";

    private final WishlistService wishlist;
    private final CurrentAccount current;

    WishlistResource(WishlistService wishlist, CurrentAccount current) {
        this.wishlist = wishlist;
        this.current = current;
    }

    @GET
    public ApiResponse<WishlistView> list() {
        return ApiResponse.of(null, wishlist.view(current.user().getId()));
    }

    @POST
    @Path("/toggle")
    public ApiResponse<WishlistService.Toggled> toggle(
            @Valid @NotNull(message = BODY_REQUIRED) WishlistRequest request) {
        WishlistService.Toggled toggled = wishlist.toggle(current.user().getId(), request.productId());
        return ApiResponse.of(toggled.inWishlist() ? "Added to wishlist" : "Removed from wishlist", toggled);
    }

    @POST
    public ApiResponse<WishlistView> add(@Valid @NotNull(message = BODY_REQUIRED) WishlistRequest request) {
        ObjectId user = current.user().getId();
        wishlist.add(user, request.productId());
        return ApiResponse.of("Added to wishlist", wishlist.view(user));
    }

    @DELETE
    @Path("/{productId}")
    public ApiResponse<WishlistView> remove(@PathParam("productId") String productId) {
        ObjectId user = current.user().getId();
        wishlist.remove(user, productId);
        return ApiResponse.of("Removed from wishlist", wishlist.view(user));
    }

    @DELETE
    public ApiResponse<WishlistView> clear() {
        ObjectId user = current.user().getId();
        wishlist.clear(user);
        return ApiResponse.of("Wishlist cleared", wishlist.view(user));
    }
}
