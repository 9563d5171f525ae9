package com.scudo.shared;

/**
 * What to call a customer on a page or in an answer: the name, else the e-mail address, else the customer id, so an
 * imported customer without a name never shows as an empty link or heading.
 */
public final class DisplayName {
    private DisplayName() {
    }

    public static String of(String name, String email, String customerId) {
        if (name != null && !name.isBlank()) {
            return name.trim();
        }
        if (email != null && !email.isBlank()) {
            return email.trim();
        }
        return customerId == null ? "" : customerId;
    }
}
