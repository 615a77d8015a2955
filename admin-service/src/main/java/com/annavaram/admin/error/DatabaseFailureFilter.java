package com.annavaram.admin.error;

import java.io.IOException;

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

/**
 * Answers a database failure raised before any controller runs (the security chain reads the admin of every token)
 * with the same 503 problem a controller's failure gets, instead of the servlet container's bare 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseFailureFilter extends OncePerRequestFilter {

    private final HandlerExceptionResolver resolver;

    DatabaseFailureFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (response.isCommitted() || !ProblemDetailsAdvice.isDatabaseUnavailable(e)) {
                throw e;
            }
            resolver.resolveException(request, response, null, unwrapped(e));
        }
    }

    private static Exception unwrapped(Exception e) {
        return e instanceof ServletException && e.getCause() instanceof Exception cause ? cause : e;
    }
}
