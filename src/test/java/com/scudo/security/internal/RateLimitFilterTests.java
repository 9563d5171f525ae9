package com.scudo.security.internal;

import com.scudo.security.ApiKey;
import com.scudo.security.ApiKeyScope;
import com.scudo.shared.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Budgets in memory (the embedded default): per key and per person, a 429 problem detail with Retry-After. */
class RateLimitFilterTests {
    private final RateLimitSettings settings = new RateLimitSettings(true,
            new RateLimitSettings.Budget(3L, Duration.ofMinutes(1)), new RateLimitSettings.Budget(2L, Duration.ofHours(1)));
    private final RateLimitFilter filter = new RateLimitFilter(new LocalRateLimitBuckets(Duration.ofHours(2)), settings);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aKeyThatSpentItsBudgetGetsATooManyRequestsProblemWithRetryAfter() throws Exception {
        Authentication key = key("k1");
        for (int i = 0; i < 3; i++) {
            assertThat(call(key, "/api/v1/customers").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = call(key, "/api/v1/customers");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429").contains("API key");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(call(key("k2"), "/api/v1/customers").getStatus()).as("another key has its own budget").isEqualTo(200);
    }

    @Test
    void aPersonHasABudgetOfTheirOwnAndStrangersAndStaticFilesAreNotCounted() throws Exception {
        Authentication carol = new UsernamePasswordAuthenticationToken("carol", "", AuthorityUtils.createAuthorityList("ROLE_VIEWER"));
        assertThat(call(carol, "/api/v1/overview").getStatus()).isEqualTo(200);
        assertThat(call(carol, "/").getStatus()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(call(carol, "/dashboard/app.css").getStatus()).isEqualTo(200);
            assertThat(call(null, "/api/v1/overview").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = call(carol, "/customers");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 3600L);
        assertThat(call(new UsernamePasswordAuthenticationToken("dave", "", AuthorityUtils.createAuthorityList("ROLE_VIEWER")),
                "/customers").getStatus()).isEqualTo(200);
    }

    @Test
    void aFailingBudgetStoreLetsRequestsThrough() throws Exception {
        RateLimitFilter broken = new RateLimitFilter((caller, configuration) -> {
            throw new IllegalStateException("database down");
        }, settings);
        SecurityContextHolder.getContext().setAuthentication(key("k3"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        broken.doFilter(request("/api/v1/customers"), response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse call(Authentication caller, String path) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(caller);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(path), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }

    private static Authentication key(String id) {
        return new ApiKeyAuthentication(new ApiKey(id, WorkspaceId.of("shop"), "test", ApiKeyScope.READ, Instant.now(),
                "tests", null, null));
    }
}
