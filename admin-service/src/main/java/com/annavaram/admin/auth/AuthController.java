package com.annavaram.admin.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.annavaram.admin.web.ApiResponse;

/** Login (A1) and the profile of the logged-in admin. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final LoginService logins;
    private final AdminService admins;

    AuthController(LoginService logins, AdminService admins) {
        this.logins = logins;
        this.admins = admins;
    }

    @PostMapping("/login")
    ApiResponse<LoginResponse> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return ApiResponse.ok(logins.login(request, http.getRemoteAddr()), "Login successful");
    }

    @GetMapping("/profile")
    ApiResponse<AdminResponse> profile(@AuthenticationPrincipal AdminPrincipal admin) {
        return ApiResponse.ok(admins.get(admin.id()));
    }
}
