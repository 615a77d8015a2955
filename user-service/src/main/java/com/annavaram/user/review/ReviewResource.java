package com.annavaram.user.review;

import java.util.List;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.annavaram.user.account.session.AccessTokens;
import com.annavaram.user.account.session.CurrentAccount;
import com.annavaram.user.web.ApiResponse;

/** Reviews on the product page (S18–S21) and the customer's own reviews. */
@Path("/api/reviews")
@Produces(MediaType.APPLICATION_JSON)
class ReviewResource {

    static final String BODY_REQUIRED = "A JSON body is required.";

    private final ReviewService reviews;
    private final CurrentAccount current;

    ReviewResource(ReviewService reviews, CurrentAccount current) {
        this.reviews = reviews;
        this.current = current;
    }

    @GET
    @Path("/products/{productId}")
    public ApiResponse<ReviewsPage> ofProduct(@PathParam("productId") String productId,
            @QueryParam("page") String page, @QueryParam("limit") String limit) {
        return ApiResponse.of(null, reviews.ofProduct(productId, page, limit));
    }

    @POST
    @RolesAllowed(AccessTokens.CUSTOMER)
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) ReviewRequest request) {
        return Response.status(201)
                .entity(ApiResponse.of("Review added", reviews.create(current.user().getId(), request))).build();
    }

    @GET
    @Path("/my-reviews")
    @RolesAllowed(AccessTokens.CUSTOMER)
    public ApiResponse<List<ReviewView>> mine() {
        return ApiResponse.of(null, reviews.mine(current.user().getId()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(AccessTokens.CUSTOMER)
    public ApiResponse<ReviewView> update(@PathParam("id") String id,
            @Valid @NotNull(message = BODY_REQUIRED) ReviewUpdateRequest request) {
        return ApiResponse.of("Review updated", reviews.update(current.user().getId(), id, request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(AccessTokens.CUSTOMER)
    public ApiResponse<Void> delete(@PathParam("id") String id) {
        reviews.delete(current.user().getId(), id);
        return ApiResponse.message("Review deleted");
    }
}
