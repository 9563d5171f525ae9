package com.scudo.security;

import com.scudo.shared.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A person who signs in, without the password hash: the workspaces they belong to with their role in each (the
 * first is where they land), and {@code lockedUntil} while repeated failures lock them out.
 */
public record UserAccount(String username, List<Membership> memberships, int failedAttempts, Instant lockedUntil,
                          Instant createdAt) {

    public UserAccount {
        memberships = List.copyOf(memberships);
    }

    public List<WorkspaceId> workspaces() {
        return memberships.stream().map(Membership::workspace).toList();
    }

    /** The role in this workspace; empty when the person does not belong to it. */
    public Optional<Role> roleIn(WorkspaceId workspace) {
        return memberships.stream().filter(m -> m.workspace().equals(workspace)).map(Membership::role).findFirst();
    }

    /** The role in the workspace they land in (for a one-workspace listing); null without any membership. */
    public Role role() {
        return memberships.isEmpty() ? null : memberships.get(0).role();
    }
}
