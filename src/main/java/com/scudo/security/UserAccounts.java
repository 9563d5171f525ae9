package com.scudo.security;

import com.scudo.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** The people who may sign in, their roles and the workspaces they belong to. */
public interface UserAccounts {

    /**
     * Creates a user: a name of 1-60 letters, digits or {@code . _ @ -} (kept in lower case), a password of at
     * least {@value #MIN_PASSWORD} characters (stored only as an Argon2id hash), and at least one registered
     * workspace. Throws {@link com.scudo.shared.ConflictException} when the name is taken.
     */
    UserAccount create(String username, char[] password, Role role, List<WorkspaceId> workspaces);

    List<UserAccount> list();

    Optional<UserAccount> find(String username);

    UserAccount changeRole(String username, Role role);

    /** Clears the failed attempts and any lock. */
    UserAccount unlock(String username);

    /** Adds a workspace the user may use (idempotent). */
    void addWorkspace(String username, WorkspaceId workspace);

    boolean anyUser();

    int MIN_PASSWORD = 10;
}
