package com.scudo.customer;

import java.util.Locale;
import java.util.Optional;

/** Kinds of contact between a customer and the shop, besides orders. */
public enum InteractionType {
    EMAIL_OPEN, EMAIL_CLICK, SITE_VISIT, SUPPORT_TICKET, CAMPAIGN_RESPONSE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InteractionType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (InteractionType type : values()) {
            if (type.name().equals(normal)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
