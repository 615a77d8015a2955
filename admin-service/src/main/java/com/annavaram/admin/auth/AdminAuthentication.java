package com.annavaram.admin.auth;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated admin request: the admin as principal, the checked token as credentials. */
final class AdminAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final transient AdminPrincipal admin;
    private final transient Jwt token;

    AdminAuthentication(AdminPrincipal admin, Jwt token) {
        super(List.of(new SimpleGrantedAuthority(admin.role().authority())));
        this.admin = admin;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public AdminPrincipal getPrincipal() {
        return admin;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return admin.email();
    }
}
