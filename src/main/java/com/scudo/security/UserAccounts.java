package com.scudo.security;

import com.scudo.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * The people who may sign in and their memberships: a role per workspace. What is done to a membership touches
 * that workspace only; the account itself (name, password, sign-in lock) is shared by all of them.
 */
public interface UserAccounts {

    /**
     * Creates a user: a name of 1-60 letters, digits or {@code . _ @ -} (kept in lower case), a password of at
     * least {@value #MIN_PASSWORD} characters (stored only as an Argon2id hash), and the same role in each of at
     * least one registered workspace. Throws {@link com.scudo.shared.ConflictException} when the name is taken.
     */
    UserAccount create(String username, char[] password, Role role, List<WorkspaceId> workspaces);

    /** The members of a workspace, by name. */
    List<UserAccount> members(WorkspaceId workspace);

    Optional<UserAccount> find(String username);

    /** Changes the role in this workspace only; "not found" when the user is no member of it. */
    UserAccount changeRole(String username, WorkspaceId workspace, Role role);

    /** Clears the failed attempts and any lock. */
    UserAccount unlock(String username);

    /** Makes the user a member of the workspace with this role, or changes the role there. */
    void addMembership(String username, WorkspaceId workspace, Role role);

    /** Removes the user from this workspace only; the account and its other memberships stay. */
    void removeMembership(String username, WorkspaceId workspace);

    boolean anyUser();

    int MIN_PASSWORD = 10;
}
