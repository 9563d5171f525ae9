package com.scudo.connector.webhook;

import com.scudo.shared.InvalidInputException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a merchant can subscribe a URL to. */
public enum EventType {
    SEGMENT_ENTERED("segment.entered"),
    SEGMENT_LEFT("segment.left"),
    CHURN_CROSSED("churn.crossed"),
    RECOMMENDATION_OPENED("recommendation.opened");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EventType parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("events", "'" + text + "' is not one of "
                        + String.join(", ", labels())));
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(EventType::label).toList();
    }
}
