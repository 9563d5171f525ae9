package com.scudo.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Request budgets on the API and the pages: each API key may make {@code perApiKey.requests} requests per
 * {@code perApiKey.period}, each signed-in person {@code perUser.requests} per {@code perUser.period}, refilled
 * smoothly. Far above what a script, an import or a person at the dashboard needs; they stop a runaway loop or a
 * stolen key from taking the server. {@code enabled: false} turns them off.
 */
@ConfigurationProperties("scudo.rate-limits")
record RateLimitSettings(Boolean enabled, Budget perApiKey, Budget perUser) {
    RateLimitSettings {
        enabled = enabled == null || enabled;
        perApiKey = perApiKey == null ? new Budget(null, null) : perApiKey;
        perUser = perUser == null ? new Budget(3_000L, null) : perUser;
    }

    record Budget(Long requests, Duration period) {
        Budget {
            requests = requests == null ? 12_000L : requests;
            period = period == null ? Duration.ofMinutes(1) : period;
            if (requests < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit needs at least one request in a positive period");
            }
        }
    }
}
