package com.annavaram.admin.product;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.annavaram.admin.web.ApiResponse;
import com.annavaram.admin.web.Ids;
import com.annavaram.admin.web.Paging;
import com.annavaram.admin.web.Versions;

/**
 * Products: A3, A9 and A11–A14, plus the partial edit and stock calls of the panel's API module. Reads answer with an
 * {@code ETag}; writes honour {@code If-Match} (or a body {@code version}) and answer 409 when it is stale.
 */
@RestController
@RequestMapping("/api/products")
class ProductController {

    private final ProductService products;

    ProductController(ProductService products) {
        this.products = products;
    }

    @GetMapping
    ApiResponse<List<ProductResponse>> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String search,
            @RequestParam(required = false) String categoryId, @RequestParam(required = false) Boolean isActive,
            @RequestParam(defaultValue = "false") boolean includeDeleted,
            @RequestParam(required = false) String sortBy, @RequestParam(required = false) String sortOrder) {
        Paging paging = Paging.allByDefault(page, limit);
        ProductQuery query = new ProductQuery(search, Ids.query("categoryId", categoryId), isActive, includeDeleted,
                sortBy, sortOrder, paging);
        ProductService.Page found = products.list(query);
        return ApiResponse.page(found.items(), paging.describe(found.total()));
    }

    @GetMapping("/{id}")
    ResponseEntity<ApiResponse<ProductResponse>> get(@PathVariable String id,
            @RequestParam(defaultValue = "false") boolean includeDeleted) {
        return withETag(HttpStatus.OK, products.get(id, includeDeleted), null);
    }

    @PostMapping
    ResponseEntity<ApiResponse<ProductResponse>> create(@Valid @RequestBody ProductRequest request) {
        return withETag(HttpStatus.CREATED, products.create(request), "Product created successfully");
    }

    @PutMapping("/{id}")
    ResponseEntity<ApiResponse<ProductResponse>> update(@PathVariable String id,
            @Valid @RequestBody ProductRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ProductResponse updated = products.edit(Ids.path(id, "Product"), ProductPatch.of(request),
                Versions.expected(ifMatch, request.version()), true);
        return withETag(HttpStatus.OK, updated, "Product updated successfully");
    }

    @PatchMapping("/{id}")
    ResponseEntity<ApiResponse<ProductResponse>> patch(@PathVariable String id,
            @Valid @RequestBody ProductPatch patch,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ProductResponse updated = products.edit(Ids.path(id, "Product"), patch,
                Versions.expected(ifMatch, patch.version()), false);
        return withETag(HttpStatus.OK, updated, "Product updated successfully");
    }

    @PatchMapping("/{id}/stock")
    ResponseEntity<ApiResponse<ProductResponse>> stock(@PathVariable String id,
            @Valid @RequestBody StockRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ProductResponse updated = products.setStock(Ids.path(id, "Product"), request.stock(),
                Versions.expected(ifMatch, request.version()));
        return withETag(HttpStatus.OK, updated, "Stock updated successfully");
    }

    @PatchMapping("/{id}/toggle-status")
    ResponseEntity<ApiResponse<ProductResponse>> toggle(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ProductResponse updated = products.toggle(Ids.path(id, "Product"), Versions.expected(ifMatch, null));
        String message = Boolean.TRUE.equals(updated.isActive())
                ? "Product activated successfully"
                : "Product deactivated successfully";
        return withETag(HttpStatus.OK, updated, message);
    }

    @DeleteMapping("/{id}")
    ApiResponse<Void> delete(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        products.delete(Ids.path(id, "Product"), Versions.expected(ifMatch, null));
        return ApiResponse.ok(null, "Product deleted successfully");
    }

    private static ResponseEntity<ApiResponse<ProductResponse>> withETag(HttpStatus status, ProductResponse product,
            String message) {
        return ResponseEntity.status(status).eTag(Versions.etag(product.version()))
                .body(ApiResponse.ok(product, message));
    }
}
