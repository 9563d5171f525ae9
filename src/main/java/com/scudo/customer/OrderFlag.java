package com.scudo.customer;

import java.util.Locale;
import java.util.Optional;

/** Behavioural flags carried by an order. */
public enum OrderFlag {
    SEASONAL, GIFT, BULK, RETURNED, FIRST_ORDER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrderFlag> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (normal) {
            case "HOLIDAY", "SEASONAL" -> Optional.of(SEASONAL);
            case "BUSINESS", "BULK" -> Optional.of(BULK);
            case "FIRST", "FIRST_ORDER" -> Optional.of(FIRST_ORDER);
            case "GIFT", "RETURNED" -> Optional.of(valueOf(normal));
            default -> Optional.empty();
        };
    }
}
