package com.annavaram.user.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bson.types.ObjectId;

import com.annavaram.user.account.session.AccessTokens;
import com.annavaram.user.account.session.CurrentAccount;
import com.annavaram.user.web.ApiResponse;
import com.annavaram.user.web.ListResponse;
import com.annavaram.user.web.Paging;

/** Checkout and the profile page's orders (S28, S30, S31). */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessTokens.CUSTOMER)
class OrderResource {

    static final String BODY_REQUIRED = "A JSON body is required.";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OrderPlacement placement;
    private final OrderService orders;
    private final CurrentAccount current;

    OrderResource(OrderPlacement placement, OrderService orders, CurrentAccount current) {
        this.placement = placement;
        this.orders = orders;
        this.current = current;
    }

    @POST
    public Response place(@Valid @NotNull(message = BODY_REQUIRED) PlaceOrderRequest request,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        PlacedOrder placed = placement.place(current.user().getId(), request, idempotencyKey);
        return Response.status(201).entity(ApiResponse.of("Order placed", placed)).build();
    }

    @GET
    public ListResponse<OrderView> list(@QueryParam("page") String page, @QueryParam("limit") String limit) {
        Paging paging = Paging.of(page, limit, OrderService.MAX_ITEMS);
        OrderService.Page found = orders.list(current.user().getId(), paging);
        return ListResponse.of(found.items(), ListResponse.Meta.of(paging.page(), paging.limit(), found.total()));
    }

    @GET
    @Path("/{id}")
    public ApiResponse<OrderView> one(@PathParam("id") String id) {
        return ApiResponse.of(null, orders.one(current.user().getId(), id));
    }

    @DELETE
    @Path("/{id}")
    public ApiResponse<OrderView> delete(@PathParam("id") String id) {
        ObjectId user = current.user().getId();
        OrderService.Outcome outcome = orders.delete(user, id);
        return outcome == OrderService.Outcome.CANCELLED
                ? ApiResponse.of("Order cancelled", orders.one(user, id))
                : ApiResponse.of("Order removed from your list", null);
    }
}
