package com.scudo.security;

import com.scudo.shared.WorkspaceId;

import java.time.Instant;
import java.util.List;

/** A person who signs in, without the password hash; {@code lockedUntil} is set while repeated failures lock them out. */
public record UserAccount(String username, Role role, List<WorkspaceId> workspaces, int failedAttempts,
                          Instant lockedUntil, Instant createdAt) {
}
