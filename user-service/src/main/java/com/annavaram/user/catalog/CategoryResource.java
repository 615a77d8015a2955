package com.annavaram.user.catalog;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.annavaram.user.web.ApiResponse;

/** The active categories with the number of products on sale in each, for category browsing. */
@Path("/api/categories")
@Produces(MediaType.APPLICATION_JSON)
class CategoryResource {

    private final ProductSearch search;

    CategoryResource(ProductSearch search) {
        this.search = search;
    }

    @GET
    public ApiResponse<List<CategoryView>> list() {
        return ApiResponse.of(null, search.categoriesWithCounts());
    }
}
