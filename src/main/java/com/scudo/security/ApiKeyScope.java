package com.scudo.security;

import com.scudo.shared.InvalidValueException;

import java.util.Locale;

/**
 * What an API key may do in its workspace: {@code read} = GET and HEAD only; {@code write} = read plus ingest,
 * imports, segments and the other writes an analyst may make; {@code admin} = write plus managing its
 * workspace's keys (for automation and the command line).
 */
public enum ApiKeyScope {
    READ(Role.VIEWER), WRITE(Role.ANALYST), ADMIN(Role.ADMIN);

    private final Role role;

    ApiKeyScope(Role role) {
        this.role = role;
    }

    /** The role whose rights the key carries. */
    public Role role() {
        return role;
    }

    public static ApiKeyScope parse(String text) {
        try {
            return ApiKeyScope.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidValueException("scope", text, "one of read, write, admin");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
