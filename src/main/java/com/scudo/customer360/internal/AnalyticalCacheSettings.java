package com.scudo.customer360.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The 360 view's cache of the analytical part ({@code scudo.customer360.analytical-cache.*}): {@code enabled}, at
 * most {@code maximumCustomers} customers held, and {@code timeToLive}. This instance drops a customer's entry after
 * every analytical write it makes for them (runs, refreshes, segment and recommendation changes, erasures), so the TTL
 * only bounds how late another process's writes show. Unset, it follows the store: none (0) with the embedded
 * database, which only this process opens; 30 seconds with PostgreSQL, which several instances may share.
 */
@ConfigurationProperties("scudo.customer360.analytical-cache")
record AnalyticalCacheSettings(Boolean enabled, Long maximumCustomers, Duration timeToLive) {

    AnalyticalCacheSettings {
        enabled = enabled == null || enabled;
        maximumCustomers = maximumCustomers == null ? 200_000L : maximumCustomers;
    }

    AnalyticalCacheSettings forStore(boolean writtenOnlyByThisProcess) {
        Duration ttl = timeToLive != null ? timeToLive
                : writtenOnlyByThisProcess ? Duration.ZERO : OperationalCacheSettings.SHARED_STORE_TTL;
        return new AnalyticalCacheSettings(enabled, maximumCustomers, ttl);
    }

    boolean heldUntilWritten() {
        return timeToLive == null || timeToLive.isZero();
    }
}
