package com.annavaram.admin.config;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import com.annavaram.admin.error.ApiException;

/**
 * The global per-address limit ({@code RATE_LIMIT_PER_IP_PER_MINUTE}): past it, 429 with {@code Retry-After}. Health
 * checks are not counted, so a load balancer polling often cannot lock itself out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RateLimitFilter extends OncePerRequestFilter {

    static final String TOO_MANY = "Too many requests from this address. Try again later.";

    private final RateLimits limits;
    private final HandlerExceptionResolver resolver;

    RateLimitFilter(RateLimits limits, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.limits = limits;
        this.resolver = resolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/health") || path.startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = limits.request(request.getRemoteAddr());
        if (wait.isPresent()) {
            resolver.resolveException(request, response, null, ApiException.tooManyRequests(TOO_MANY, wait.get()));
            return;
        }
        chain.doFilter(request, response);
    }
}
