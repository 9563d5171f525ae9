package com.scudo.connector;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code secretKey}: the AES-256 key sealing connector secrets, base64 (from the environment in production); when
 * empty, a key kept in the data directory (made on first use). {@code shopifyApiVersion}: the Admin API version
 * called. {@code klaviyoUrl} and {@code klaviyoRevision}: Klaviyo's API and the revision header it is called with.
 * {@code deliveryRetryFor}: how long an outgoing webhook is retried before it goes to the dead letters.
 * {@code allowApiUrlOverride}: whether a connection may name its own API URL, on this machine only (tests and local
 * fakes; never in production, see {@code ApiUrls}).
 */
@ConfigurationProperties("scudo.connectors")
public record ConnectorSettings(String secretKey, String shopifyApiVersion, String klaviyoUrl, String klaviyoRevision,
                                Duration deliveryRetryFor, Duration deliveryFirstRetry, Duration deliveryMaxBackoff,
                                Duration requestTimeout, Duration klaviyoSyncEvery,
                                boolean allowApiUrlOverride) {
    public ConnectorSettings {
        secretKey = secretKey == null ? "" : secretKey.trim();
        shopifyApiVersion = blank(shopifyApiVersion) ? "2025-10" : shopifyApiVersion;
        klaviyoUrl = blank(klaviyoUrl) ? "https://a.klaviyo.com" : klaviyoUrl;
        klaviyoRevision = blank(klaviyoRevision) ? "2025-10-15" : klaviyoRevision;
        deliveryRetryFor = deliveryRetryFor == null ? Duration.ofHours(24) : deliveryRetryFor;
        deliveryFirstRetry = deliveryFirstRetry == null ? Duration.ofSeconds(10) : deliveryFirstRetry;
        deliveryMaxBackoff = deliveryMaxBackoff == null ? Duration.ofHours(1) : deliveryMaxBackoff;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        klaviyoSyncEvery = klaviyoSyncEvery == null ? Duration.ofHours(6) : klaviyoSyncEvery;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
