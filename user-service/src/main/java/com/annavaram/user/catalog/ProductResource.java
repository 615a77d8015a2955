package com.annavaram.user.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.annavaram.user.web.ApiResponse;
import com.annavaram.user.web.ListResponse;

/**
 * The public catalogue (S16, S17). Without {@code limit} the list holds every matching product up to
 * {@value ProductQuery#MAX_ITEMS}; {@code meta.totalItems} counts all of them.
 */
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
class ProductResource {

    private final ProductCatalog catalog;
    private final ProductSearch products;

    ProductResource(ProductCatalog catalog, ProductSearch products) {
        this.catalog = catalog;
        this.products = products;
    }

    @GET
    public ListResponse<ProductView> list(@QueryParam("category") String category,
            @QueryParam("categoryId") String categoryId, @QueryParam("search") String search,
            @QueryParam("minPrice") String minPrice, @QueryParam("maxPrice") String maxPrice,
            @QueryParam("sortBy") String sortBy, @QueryParam("sortOrder") String sortOrder,
            @QueryParam("page") String page, @QueryParam("limit") String limit) {
        ProductQuery query = ProductQuery.of(category, categoryId, search, minPrice, maxPrice, sortBy, sortOrder, page,
                limit);
        ProductSearch.Page found = products.search(query);
        return ListResponse.of(found.items(),
                ListResponse.Meta.of(query.paging().page(), query.paging().limit(), found.total()));
    }

    @GET
    @Path("/{idOrSlug}")
    public ApiResponse<ProductView> one(@PathParam("idOrSlug") String idOrSlug) {
        return ApiResponse.of(null, catalog.view(catalog.onSale(idOrSlug)));
    }
}
