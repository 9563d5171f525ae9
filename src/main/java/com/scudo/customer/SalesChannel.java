package com.scudo.customer;

import java.util.Locale;
import java.util.Optional;

/** Where an order was placed. */
public enum SalesChannel {
    WEB, MOBILE, STORE, PHONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the names merchants use ("website", "online", "app", "pos", ...). */
    public static Optional<SalesChannel> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "web", "website", "online", "online store", "online_store", "shopify", "ecommerce", "e-commerce" -> Optional.of(WEB);
            case "mobile", "app", "mobile app", "mobile_app", "ios", "android" -> Optional.of(MOBILE);
            case "store", "in-store", "in store", "pos", "retail", "shop" -> Optional.of(STORE);
            case "phone", "telephone", "call", "call centre", "call center" -> Optional.of(PHONE);
            default -> Optional.empty();
        };
    }
}
