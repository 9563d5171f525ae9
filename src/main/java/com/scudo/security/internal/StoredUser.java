package com.scudo.security.internal;

import java.time.Instant;

/** A user row as sign-in needs it, hash included; never leaves this package. Roles are per workspace, not here. */
record StoredUser(String username, String passwordHash, int failedAttempts, Instant lockedUntil) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
