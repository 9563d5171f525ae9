package com.scudo.customer360.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The 360 view's cache of the operational part ({@code scudo.customer360.operational-cache.*}): {@code enabled},
 * at most {@code maximumRecords} records held (a customer's entry weighs 1 + its orders + its interactions, at most
 * 43), and {@code timeToLive}, how long an entry is served at most: this instance drops a customer's entry when it
 * writes to them, so the TTL bounds only how late writes made by another instance show here.
 */
@ConfigurationProperties("scudo.customer360.operational-cache")
record OperationalCacheSettings(Boolean enabled, Long maximumRecords, Duration timeToLive) {
    OperationalCacheSettings {
        enabled = enabled == null || enabled;
        maximumRecords = maximumRecords == null ? 1_000_000L : maximumRecords;
        timeToLive = timeToLive == null ? Duration.ofSeconds(30) : timeToLive;
    }
}
