package com.scudo.security.internal;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Takes each authenticated request from its caller's budget: an API key's, or a signed-in person's (across their
 * keys-free requests to the API and the pages). An exhausted budget is a 429 problem detail with
 * {@code Retry-After} in seconds. Strangers are not counted here (sign-in has its own limits per account and
 * address); static files are free. When the budget store fails the request goes through: a limit must not take
 * the service down with it. A request doing the work of several (a batch of orders) weighs the rest later
 * ({@link CallerBudgets#weigh}).
 */
class RateLimitFilter extends OncePerRequestFilter {
    private final CallerBudgets budgets;

    RateLimitFilter(CallerBudgets budgets) {
        this.budgets = budgets;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/dashboard/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (!CallerBudgets.counted(caller)) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = budgets.take(caller, 1).orElse(null);
        if (probe == null || probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = CallerBudgets.retryAfterSeconds(probe);
        response.setHeader("Retry-After", Long.toString(seconds));
        Refusals.problem(response, 429, "Too many requests", "This " + CallerBudgets.owner(caller)
                + " has used its request budget; try again in " + seconds + " s.");
    }
}
