package com.annavaram.admin.auth;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import com.annavaram.model.admin.Admin;
import com.annavaram.model.bson.Refs;

/**
 * Turns a checked token into the admin it names, read from {@code admins} on every request: an admin disabled or
 * removed since the token was issued is refused at once, and a changed role applies at once.
 */
@Component
class AdminAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AdminRepository admins;

    AdminAuthenticationConverter(AdminRepository admins) {
        this.admins = admins;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Admin admin = Refs.parse(jwt.getSubject()).flatMap(admins::findById)
                .orElseThrow(() -> new BadCredentialsException("token names no admin"));
        if (Boolean.FALSE.equals(admin.getIsActive())) {
            throw new DisabledException("admin disabled");
        }
        AdminRole role = AdminRole.ofStored(admin.getRole())
                .orElseThrow(() -> new BadCredentialsException("admin has an unknown role"));
        return new AdminAuthentication(new AdminPrincipal(admin.getId(), admin.getEmail(), role), jwt);
    }
}
