package com.scudo.security.web;

import com.scudo.security.ApiKey;
import com.scudo.security.IssuedApiKey;
import com.scudo.security.Role;
import com.scudo.security.UserAccount;
import com.scudo.shared.WorkspaceId;
import com.scudo.workspace.Workspace;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the account endpoints: ids as plain strings, never a hash. */
final class Views {
    private Views() {
    }

    record WorkspaceView(String id, String name, Instant createdAt, String createdBy) {
        static WorkspaceView of(Workspace w) {
            return new WorkspaceView(w.id().value(), w.displayName(), w.createdAt(), w.createdBy());
        }
    }

    /**
     * A user as an admin of {@code here} sees them: their role here, and of their other workspaces only those the
     * viewing admin also administers.
     */
    record UserView(String username, String role, List<String> workspaces, int failedAttempts, Instant lockedUntil,
                    Instant createdAt) {
        static UserView of(UserAccount u, WorkspaceId here, List<WorkspaceId> administered) {
            return new UserView(u.username(), u.roleIn(here).map(Role::label).orElse(null),
                    u.workspaces().stream().filter(w -> w.equals(here) || administered.contains(w))
                            .map(WorkspaceId::value).toList(),
                    u.failedAttempts(), u.lockedUntil(), u.createdAt());
        }
    }

    record KeyView(String id, String workspace, String name, String scope, Instant createdAt, String createdBy,
                   Instant lastUsedAt, Instant revokedAt) {
        static KeyView of(ApiKey k) {
            return new KeyView(k.id(), k.workspace().value(), k.name(), k.scope().label(), k.createdAt(), k.createdBy(),
                    k.lastUsedAt(), k.revokedAt());
        }
    }

    /** {@code key} is the secret to send as a bearer token; it is shown in this answer only. */
    record IssuedKeyView(String id, String workspace, String name, String scope, Instant createdAt, String key) {
        static IssuedKeyView of(IssuedApiKey issued) {
            ApiKey k = issued.key();
            return new IssuedKeyView(k.id(), k.workspace().value(), k.name(), k.scope().label(), k.createdAt(), issued.secret());
        }
    }
}
