package com.scudo.security.internal;

import com.scudo.security.Role;

import java.time.Instant;

/** A user row as sign-in needs it, hash included; never leaves this package. */
record StoredUser(String username, String passwordHash, Role role, int failedAttempts, Instant lockedUntil) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
