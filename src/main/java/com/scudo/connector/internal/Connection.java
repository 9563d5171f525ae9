package com.scudo.connector.internal;

import com.scudo.shared.WorkspaceId;

import java.time.Instant;

/**
 * One connection of a workspace: {@code kind} shopify or klaviyo, {@code account} the shop domain or the Klaviyo
 * account's label, {@code apiUrl} where its API is called (Shopify: https://{shop}; tests: a local fake). Its
 * secrets are kept apart ({@link ConnectionStore#secrets}) and never leave the server.
 */
public record Connection(String id, WorkspaceId workspace, String kind, String account, String apiUrl, String status,
                         long eventsReceived, Instant lastEventAt, String lastError, Instant lastErrorAt,
                         Instant createdAt) {
    public static final String SHOPIFY = "shopify";
    public static final String KLAVIYO = "klaviyo";
}
