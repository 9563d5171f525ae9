package com.scudo.security;

import com.scudo.shared.WorkspaceId;

import java.util.Objects;

/** A person's place in one workspace: the role they have there and nowhere else. */
public record Membership(WorkspaceId workspace, Role role) {
    public Membership {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(role, "role");
    }
}
