package com.scudo.security.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Takes each authenticated request from its caller's budget: an API key's, or a signed-in person's (across their
 * keys-free requests to the API and the pages). An exhausted budget is a 429 problem detail with
 * {@code Retry-After} in seconds. Strangers are not counted here (sign-in has its own limits per account and
 * address); static files are free. When the budget store fails the request goes through: a limit must not take
 * the service down with it.
 */
class RateLimitFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private final RateLimitBuckets buckets;
    private final BucketConfiguration perApiKey;
    private final BucketConfiguration perUser;

    RateLimitFilter(RateLimitBuckets buckets, RateLimitSettings settings) {
        this.buckets = buckets;
        this.perApiKey = configuration(settings.perApiKey());
        this.perUser = configuration(settings.perUser());
    }

    private static BucketConfiguration configuration(RateLimitSettings.Budget budget) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(budget.requests()).refillGreedy(budget.requests(), budget.period()))
                .build();
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
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe;
        try {
            probe = caller instanceof ApiKeyAuthentication key
                    ? buckets.take("key:" + key.key().id(), perApiKey)
                    : buckets.take("user:" + caller.getName(), perUser);
        } catch (RuntimeException e) {
            log.warn("Rate limit not checked, the budget store failed: {}", e.toString());
            chain.doFilter(request, response);
            return;
        }
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        response.setHeader("Retry-After", Long.toString(seconds));
        Refusals.problem(response, 429, "Too many requests", "This " + (caller instanceof ApiKeyAuthentication
                ? "API key" : "account") + " has used its request budget; try again in " + seconds + " s.");
    }
}
