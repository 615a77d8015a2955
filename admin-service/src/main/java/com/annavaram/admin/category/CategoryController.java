package com.annavaram.admin.category;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.annavaram.admin.web.ApiResponse;
import com.annavaram.admin.web.Ids;
import com.annavaram.admin.web.Paging;

/** Categories: A4–A8 and A10. */
@RestController
@RequestMapping("/api/categories")
class CategoryController {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping
    ApiResponse<List<CategoryResponse>> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "false") boolean includeDeleted) {
        Paging paging = Paging.allByDefault(page, limit);
        CategoryService.Page found = categories.list(search, includeDeleted, paging);
        return ApiResponse.page(found.items(), paging.describe(found.total()));
    }

    @GetMapping("/active")
    ApiResponse<List<CategoryResponse>> active() {
        return ApiResponse.ok(categories.active());
    }

    @GetMapping("/{id}")
    ApiResponse<CategoryResponse> get(@PathVariable String id) {
        return ApiResponse.ok(categories.get(Ids.path(id, "Category")));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiResponse<CategoryResponse> create(@Valid @RequestBody CategoryRequest request) {
        return ApiResponse.ok(categories.create(request), "Category created successfully");
    }

    @PutMapping("/{id}")
    ApiResponse<CategoryResponse> update(@PathVariable String id, @Valid @RequestBody CategoryRequest request) {
        return ApiResponse.ok(categories.update(Ids.path(id, "Category"), request), "Category updated successfully");
    }

    @PatchMapping("/{id}/toggle-status")
    ApiResponse<CategoryResponse> toggle(@PathVariable String id) {
        CategoryResponse updated = categories.toggle(Ids.path(id, "Category"));
        return ApiResponse.ok(updated, Boolean.TRUE.equals(updated.isActive())
                ? "Category activated successfully"
                : "Category deactivated successfully");
    }

    @DeleteMapping("/{id}")
    ApiResponse<Void> delete(@PathVariable String id) {
        categories.delete(Ids.path(id, "Category"));
        return ApiResponse.ok(null, "Category deleted successfully");
    }
}
