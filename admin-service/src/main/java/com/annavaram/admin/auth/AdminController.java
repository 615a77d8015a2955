package com.annavaram.admin.auth;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.annavaram.admin.web.ApiResponse;
import com.annavaram.admin.web.Ids;

/** Admin management, for {@code super_admin} only (the URL rules of SecurityConfig say so). */
@RestController
@RequestMapping("/api/admins")
class AdminController {

    private final AdminService admins;

    AdminController(AdminService admins) {
        this.admins = admins;
    }

    @GetMapping
    ApiResponse<List<AdminResponse>> list() {
        return ApiResponse.ok(admins.list());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiResponse<AdminResponse> create(@Valid @RequestBody AdminRequests.Create request) {
        return ApiResponse.ok(admins.create(request), "Admin created successfully");
    }

    @PatchMapping("/{id}")
    ApiResponse<AdminResponse> update(@PathVariable String id, @Valid @RequestBody AdminRequests.Update request,
            @AuthenticationPrincipal AdminPrincipal actor) {
        return ApiResponse.ok(admins.update(Ids.path(id, "Admin"), request, actor), "Admin updated successfully");
    }

    @PostMapping("/{id}/reset-password")
    ApiResponse<AdminResponse> resetPassword(@PathVariable String id,
            @Valid @RequestBody AdminRequests.ResetPassword request) {
        return ApiResponse.ok(admins.resetPassword(Ids.path(id, "Admin"), request), "Password reset successfully");
    }
}
