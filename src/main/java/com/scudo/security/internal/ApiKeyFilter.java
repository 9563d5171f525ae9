package com.scudo.security.internal;

import com.scudo.security.ApiKey;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates API requests that carry a key ({@code Authorization: Bearer <key>} or {@code X-Api-Key}). A key
 * that is presented but wrong or revoked is refused at once with 401, never treated as anonymous. The
 * authentication lives for this request only: keys never create a session.
 */
final class ApiKeyFilter extends OncePerRequestFilter {
    static final String HEADER = "X-Api-Key";
    private final JooqApiKeys keys;

    ApiKeyFilter(JooqApiKeys keys) {
        this.keys = keys;
    }

    static String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        String header = request.getHeader(HEADER);
        return header == null || header.isBlank() ? null : header.trim();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presentedKey(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKey> key = keys.authenticate(presented);
        if (key.isEmpty()) {
            Refusals.unauthorized(response, "The API key is not valid or has been revoked.", true);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(key.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
