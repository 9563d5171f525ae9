package com.scudo.customer360.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The 360 view's cache of the operational part ({@code scudo.customer360.operational-cache.*}): {@code enabled},
 * at most {@code maximumRecords} records held (a customer's entry weighs 1 + its orders + its interactions, at most
 * 43; by default as many as a quarter of the heap holds), {@code timeToLive}, how long an entry is served at most,
 * and {@code warmAtStart}, whether the server fills the cache in the background when it starts.
 *
 * <p>This instance drops a customer's entry whenever it writes to them, so the TTL only bounds how late writes made
 * by another process show here. Unset, it follows the store: none (0) when the operational store runs inside this
 * process and so has no other writer, 30 seconds against DynamoDB in AWS. Warming is on by default when entries do
 * not age out (warming entries that expire in seconds would only load the store).
 */
@ConfigurationProperties("scudo.customer360.operational-cache")
record OperationalCacheSettings(Boolean enabled, Long maximumRecords, Duration timeToLive, Boolean warmAtStart) {
    static final Duration SHARED_STORE_TTL = Duration.ofSeconds(30);

    OperationalCacheSettings {
        enabled = enabled == null || enabled;
        maximumRecords = maximumRecords == null ? defaultMaximumRecords(Runtime.getRuntime().maxMemory()) : maximumRecords;
    }

    /** A quarter of the heap at about 500 bytes a held record (measured: docs/customer-360.md), at least 100,000. */
    static long defaultMaximumRecords(long maxHeapBytes) {
        return Math.max(100_000L, maxHeapBytes / 4 / 500);
    }

    /** These settings with the TTL and warming decided for a store that only this process writes, or not. */
    OperationalCacheSettings forStore(boolean writtenOnlyByThisProcess) {
        Duration ttl = timeToLive != null ? timeToLive : writtenOnlyByThisProcess ? Duration.ZERO : SHARED_STORE_TTL;
        boolean warm = warmAtStart != null ? warmAtStart : ttl.isZero();
        return new OperationalCacheSettings(enabled, maximumRecords, ttl, warm);
    }

    /** Entries never age out: only writes and the size bound remove them. */
    boolean heldUntilWritten() {
        return timeToLive == null || timeToLive.isZero();
    }
}
