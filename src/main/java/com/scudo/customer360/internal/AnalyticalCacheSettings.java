package com.scudo.customer360.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The 360 view's cache of the analytical part ({@code scudo.customer360.analytical-cache.*}): {@code enabled}, at
 * most {@code maximumCustomers} customers held (by default as many as an eighth of the heap holds), and
 * {@code timeToLive}. This instance drops a customer's entry after every analytical write it makes for them (runs,
 * refreshes, segment and recommendation changes, erasures), so the TTL only bounds how late another process's writes
 * show. Unset, it follows the store: none (0) with the embedded database, which only this process opens; 30 seconds
 * with PostgreSQL, which several instances may share.
 */
@ConfigurationProperties("scudo.customer360.analytical-cache")
record AnalyticalCacheSettings(Boolean enabled, Long maximumCustomers, Duration timeToLive) {

    AnalyticalCacheSettings {
        enabled = enabled == null || enabled;
        maximumCustomers = maximumCustomers == null ? defaultMaximumCustomers(Runtime.getRuntime().maxMemory())
                : maximumCustomers;
    }

    /** An eighth of the heap at about 4.5 KB a held customer (measured: docs/customer-360.md), at least 10,000. */
    static long defaultMaximumCustomers(long maxHeapBytes) {
        return Math.max(10_000L, maxHeapBytes / 8 / 4_500);
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
