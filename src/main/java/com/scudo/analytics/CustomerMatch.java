package com.scudo.analytics;

import java.util.List;

/**
 * What a look-up reference names. {@code found} is set when exactly one customer fits ({@code matchedBy} says how:
 * id, email, name or partial name); otherwise it is null and {@code candidates} lists who could be meant, best fit
 * first (empty when nobody fits).
 */
public record CustomerMatch(String reference, NamedCustomer found, String matchedBy, List<NamedCustomer> candidates) {
    public static final int MAX_CANDIDATES = 20;

    public CustomerMatch {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public static CustomerMatch none(String reference) {
        return new CustomerMatch(reference, null, null, List.of());
    }

    public boolean resolved() {
        return found != null;
    }

    public boolean ambiguous() {
        return found == null && candidates.size() > 1;
    }
}
