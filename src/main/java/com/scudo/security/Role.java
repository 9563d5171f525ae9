package com.scudo.security;

import com.scudo.shared.InvalidValueException;

import java.util.Locale;

/**
 * What a person may do. Viewers read pages and GET APIs; analysts also change segments, run analytics, import,
 * export and act on recommendations; admins also manage users, API keys, workspaces and erasure.
 */
public enum Role {
    VIEWER, ANALYST, ADMIN;

    public static Role parse(String text) {
        try {
            return Role.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidValueException("role", text, "one of admin, analyst, viewer");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
