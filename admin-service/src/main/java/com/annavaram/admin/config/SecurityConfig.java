package com.annavaram.admin.config;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.HandlerExceptionResolver;

import com.annavaram.admin.auth.AdminRole;
import com.annavaram.admin.auth.AdminTokens;

/**
 * The admin API's security: stateless bearer JWTs checked by Spring Security's resource server, a role on every
 * endpoint ({@code super_admin} alone for admin management), Spring Security's default headers plus a referrer
 * policy. Only login, health, info and the API docs are open. 401 and 403 are handed to the MVC exception handling so
 * they carry the same problem+json body as every other error.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String[] ANY_ADMIN = {AdminRole.ADMIN.name(), AdminRole.SUPER_ADMIN.name()};

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver, AdminTokens tokens,
            Converter<Jwt, AbstractAuthenticationToken> admins) {
        AuthenticationEntryPoint unauthorized = (request, response, ex) -> resolver.resolveException(request, response,
                null, ex);
        AccessDeniedHandler forbidden = (request, response, ex) -> resolver.resolveException(request, response, null,
                ex);
        http.csrf(AbstractHttpConfigurer::disable).httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable).logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                // CORS is answered by CorsConfig's filter ahead of this chain, so refusals carry its headers too.
                .cors(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(requests -> requests
                        // The error dispatch carries the status of a request already authorised (or refused).
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll().requestMatchers(HttpMethod.POST, "/api/auth/login").permitAll()
                        .requestMatchers("/api/admins", "/api/admins/**").hasRole(AdminRole.SUPER_ADMIN.name())
                        .anyRequest().hasAnyRole(ANY_ADMIN))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(admins))
                        .authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    /** Requests the firewall refuses (encoded slashes, path traversal) get the same problem body, as a 400. */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        return (request, response, ex) -> resolver.resolveException(request, response, null, ex);
    }
}
