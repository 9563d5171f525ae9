package com.scudo.security.internal;

import com.scudo.platform.RequestBudgetSpentException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Budgets in memory (the embedded default): per key and per person, a 429 problem detail with Retry-After; a request
 * doing the work of several (a batch) weighs that many.
 */
class RateLimitFilterTests {
    private final RateLimitSettings settings = new RateLimitSettings(true,
            new RateLimitSettings.Budget(3L, Duration.ofMinutes(1)), new RateLimitSettings.Budget(2L, Duration.ofHours(1)));
    private final CallerBudgets budgets = new CallerBudgets(new LocalRateLimitBuckets(Duration.ofHours(2)), settings);
    private final RateLimitFilter filter = new RateLimitFilter(budgets);

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
        CallerBudgets down = new CallerBudgets((caller, configuration, tokens) -> {
            throw new IllegalStateException("database down");
        }, settings);
        RateLimitFilter broken = new RateLimitFilter(down);
        SecurityContextHolder.getContext().setAuthentication(key("k3"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        broken.doFilter(request("/api/v1/customers"), response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(200);
        down.weigh(3); // a batch goes through too
    }

    @Test
    void aRequestWeighingMoreThanWhatIsLeftIsRefusedAndTakesNothingMore() throws Exception {
        CallerBudgets tenPerMinute = new CallerBudgets(new LocalRateLimitBuckets(Duration.ofHours(2)),
                new RateLimitSettings(true, new RateLimitSettings.Budget(10L, Duration.ofMinutes(1)), null));
        RateLimitFilter limits = new RateLimitFilter(tenPerMinute);
        Authentication key = key("k4");
        assertThat(call(limits, key, "/api/v1/customers").getStatus()).isEqualTo(200);
        assertThat(call(limits, key, "/api/v1/orders/batch").getStatus()).isEqualTo(200); // the filter took one each: 8 left

        assertThatThrownBy(() -> tenPerMinute.weigh(10)).isInstanceOfSatisfying(RequestBudgetSpentException.class, spent -> {
            assertThat(spent.retryAfterSeconds()).isBetween(1L, 60L);
            assertThat(spent.getMessage()).contains("weighs 10").contains("8 left").contains("nothing was written");
        });
        tenPerMinute.weigh(9); // what the refused one did not take is still there: the eight left pay for this one
        assertThat(call(limits, key, "/api/v1/customers").getStatus()).as("the budget is now spent").isEqualTo(429);
        assertThat(call(limits, key("k5"), "/api/v1/customers").getStatus()).as("another key's is not").isEqualTo(200);
    }

    @Test
    void aRequestWeighingMoreThanTheWholeBudgetSaysSoAndOneRequestWeighsNothingMore() {
        SecurityContextHolder.getContext().setAuthentication(key("k6"));
        assertThatThrownBy(() -> budgets.weigh(4)).isInstanceOf(RequestBudgetSpentException.class)
                .hasMessageContaining("whole budget of 3");
        for (int i = 0; i < 10; i++) {
            budgets.weigh(1);
        }
        budgets.weigh(3); // the budget was untouched: three requests' worth
        SecurityContextHolder.clearContext();
        budgets.weigh(500); // no caller (the command line in-process): not counted
    }

    private MockHttpServletResponse call(Authentication caller, String path) throws Exception {
        return call(filter, caller, path);
    }

    private static MockHttpServletResponse call(RateLimitFilter filter, Authentication caller, String path)
            throws Exception {
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
