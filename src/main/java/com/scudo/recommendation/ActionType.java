package com.scudo.recommendation;

import com.scudo.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a merchant can do for a customer; the verb phrase reads as "{verb} 12 at-risk customers". */
public enum ActionType {
    RETENTION_OFFER(1, "Send a retention offer to"),
    WIN_BACK(2, "Run a win-back campaign for"),
    REPLENISHMENT(2, "Send a replenishment reminder to"),
    ONBOARDING(2, "Nudge a second order from"),
    UPSELL(2, "Offer volume pricing and an account manager to"),
    VIP_THANKS(3, "Give early access and thanks to"),
    CROSS_SELL(3, "Suggest products from their favourite category to");

    private final int priority;
    private final String verb;

    ActionType(int priority, String verb) {
        this.priority = priority;
        this.verb = verb;
    }

    /** 1 is the most urgent. */
    public int priority() {
        return priority;
    }

    public String verb() {
        return verb;
    }

    /** Accepts "RETENTION_OFFER", "retention_offer" or "retention-offer". */
    public static ActionType parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(t -> t.name().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidValueException("type", text, "one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
