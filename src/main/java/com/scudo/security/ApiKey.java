package com.scudo.security;

import com.scudo.shared.WorkspaceId;

import java.time.Instant;

/** An API key as listed: its public id and facts, never its secret. */
public record ApiKey(String id, WorkspaceId workspace, String name, ApiKeyScope scope, Instant createdAt,
                     String createdBy, Instant lastUsedAt, Instant revokedAt) {
}
