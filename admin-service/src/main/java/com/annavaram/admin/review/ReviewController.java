package com.annavaram.admin.review;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.annavaram.admin.auth.AdminPrincipal;
import com.annavaram.admin.web.ApiResponse;
import com.annavaram.admin.web.Ids;
import com.annavaram.admin.web.Paging;

/** Reviews: A19–A23 and moderation ({@code PATCH /api/reviews/{id}/approval}). */
@RestController
@RequestMapping("/api/reviews")
class ReviewController {

    private final ReviewService reviews;
    private final ReviewStats stats;

    ReviewController(ReviewService reviews, ReviewStats stats) {
        this.reviews = reviews;
        this.stats = stats;
    }

    @GetMapping
    ApiResponse<List<ReviewViews.Row>> list(@RequestParam(required = false) String productId,
            @RequestParam(required = false) Integer rating, @RequestParam(required = false) Boolean isApproved,
            @RequestParam(defaultValue = "false") boolean includeDeleted,
            @RequestParam(required = false) String sortBy, @RequestParam(required = false) String sortOrder,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.allByDefault(page, limit);
        ReviewService.Page found = reviews.list(Ids.query("productId", productId), rating, isApproved,
                includeDeleted, sortBy, sortOrder, paging);
        return ApiResponse.page(found.items(), paging.describe(found.total()));
    }

    @GetMapping("/stats")
    ApiResponse<ReviewViews.Stats> stats() {
        return ApiResponse.ok(stats.compute());
    }

    @GetMapping("/product/{productId}")
    ApiResponse<List<ReviewViews.Row>> ofProduct(@PathVariable String productId) {
        return ApiResponse.ok(reviews.ofProduct(Ids.path(productId, "Product")));
    }

    @GetMapping("/{id}")
    ApiResponse<ReviewViews.Row> get(@PathVariable String id) {
        return ApiResponse.ok(reviews.get(Ids.path(id, "Review")));
    }

    @PutMapping("/{id}")
    ApiResponse<ReviewViews.Row> update(@PathVariable String id, @Valid @RequestBody ReviewUpdateRequest request,
            @AuthenticationPrincipal AdminPrincipal admin) {
        return ApiResponse.ok(reviews.update(Ids.path(id, "Review"), request, admin), "Review updated successfully");
    }

    @DeleteMapping("/{id}")
    ApiResponse<Void> delete(@PathVariable String id, @AuthenticationPrincipal AdminPrincipal admin) {
        reviews.delete(Ids.path(id, "Review"), admin);
        return ApiResponse.ok(null, "Review deleted successfully");
    }

    @PatchMapping("/{id}/approval")
    ApiResponse<ReviewViews.Row> approval(@PathVariable String id, @Valid @RequestBody ApprovalRequest request,
            @AuthenticationPrincipal AdminPrincipal admin) {
        ReviewViews.Row updated = reviews.approve(Ids.path(id, "Review"), request.isApproved(), admin);
        return ApiResponse.ok(updated, request.isApproved() ? "Review approved" : "Review unapproved");
    }
}
