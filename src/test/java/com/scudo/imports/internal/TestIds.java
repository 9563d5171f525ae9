package com.scudo.imports.internal;

/** Exposes the e-mail → customer id rule to tests outside the package. */
public final class TestIds {
    private TestIds() {
    }

    public static String forEmail(String email) {
        return Rows.customerIdForEmail(email);
    }
}
