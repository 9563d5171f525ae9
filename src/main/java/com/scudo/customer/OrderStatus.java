package com.scudo.customer;

import java.util.Locale;
import java.util.Optional;

/** Where an order stands financially, in Shopify's words: paid, partially refunded, refunded, or cancelled (voided). */
public enum OrderStatus {
    PAID, PARTIALLY_REFUNDED, REFUNDED, CANCELLED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Shopify's financial statuses and the plain words: pending and authorized orders count as placed. */
    public static Optional<OrderStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(PAID);
        }
        return switch (text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_')) {
            case "paid", "pending", "authorized", "partially_paid", "expired" -> Optional.of(PAID);
            case "partially_refunded" -> Optional.of(PARTIALLY_REFUNDED);
            case "refunded" -> Optional.of(REFUNDED);
            case "voided", "cancelled", "canceled" -> Optional.of(CANCELLED);
            default -> Optional.empty();
        };
    }
}
