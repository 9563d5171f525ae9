package com.scudo.security.internal;

import com.scudo.security.Membership;
import com.scudo.security.Role;
import com.scudo.shared.WorkspaceId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/** Who is calling and which workspaces they may act on, for the account endpoints of this module. */
@Component
public class Callers {
    private final JooqUserAccounts users;

    Callers(JooqUserAccounts users) {
        this.users = users;
    }

    /** An API key acts on its own workspace only; a person on the workspaces they belong to. */
    public List<WorkspaceId> workspacesOf(Authentication caller) {
        if (caller instanceof ApiKeyAuthentication key) {
            return List.of(key.key().workspace());
        }
        return users.workspacesOf(caller.getName());
    }

    /** The workspaces where the caller is an admin: an admin key's own, or a person's admin memberships. */
    public List<WorkspaceId> administeredBy(Authentication caller) {
        if (caller instanceof ApiKeyAuthentication key) {
            return key.key().scope().role() == Role.ADMIN ? List.of(key.key().workspace()) : List.of();
        }
        return users.memberships(caller.getName()).stream().filter(m -> m.role() == Role.ADMIN)
                .map(Membership::workspace).toList();
    }

    /** A person's name, or "api-key:ID" for a key: what created_by columns record. */
    public String nameOf(Authentication caller) {
        return caller.getName();
    }

    public boolean isPerson(Authentication caller) {
        return !(caller instanceof ApiKeyAuthentication);
    }
}
