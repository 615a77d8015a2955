package com.annavaram.admin.order;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.annavaram.admin.auth.AdminPrincipal;
import com.annavaram.admin.web.ApiResponse;
import com.annavaram.admin.web.Ids;
import com.annavaram.admin.web.Paging;

/** Orders: A2, A15–A18. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final OrderService orders;
    private final OrderStats stats;

    OrderController(OrderService orders, OrderStats stats) {
        this.orders = orders;
        this.stats = stats;
    }

    @GetMapping
    ApiResponse<List<OrderViews.Row>> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String startDate, @RequestParam(required = false) String endDate,
            @RequestParam(required = false) String search, @RequestParam(required = false) String userId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String sortBy, @RequestParam(required = false) String sortOrder) {
        Paging paging = Paging.allByDefault(page, limit);
        OrderQuery query = OrderQuery.of(status, startDate, endDate, search, Ids.query("userId", userId), sortBy,
                sortOrder, paging);
        OrderService.Page found = orders.list(query);
        return ApiResponse.page(found.items(), paging.describe(found.total()));
    }

    @GetMapping("/stats")
    ApiResponse<OrderStats.Stats> stats() {
        return ApiResponse.ok(stats.compute());
    }

    @GetMapping("/{id}")
    ApiResponse<OrderViews.Detail> detail(@PathVariable String id) {
        return ApiResponse.ok(orders.detail(Ids.path(id, "Order")));
    }

    @PatchMapping("/{id}/status")
    ApiResponse<OrderViews.Detail> changeStatus(@PathVariable String id,
            @Valid @RequestBody StatusChangeRequest request, @AuthenticationPrincipal AdminPrincipal admin) {
        return ApiResponse.ok(orders.changeStatus(Ids.path(id, "Order"), request, admin),
                "Order status updated successfully");
    }
}
