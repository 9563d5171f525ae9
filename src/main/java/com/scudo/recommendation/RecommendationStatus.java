package com.scudo.recommendation;

import com.scudo.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;

/** open → done or dismissed; a closed recommendation stays closed (a later run may open a new one). */
public enum RecommendationStatus {
    OPEN, DONE, DISMISSED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean canBecome(RecommendationStatus next) {
        return this == next || this == OPEN;
    }

    public static RecommendationStatus parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidValueException("status", text, "one of open, done, dismissed"));
    }
}
