package com.scudo.customer360;

import java.util.List;

/**
 * What a look-up text names. {@code customerId} is set when exactly one customer fits ({@code matchedBy}
 * says how: id, email, name or partial name); otherwise it is null and {@code candidates} lists who could
 * be meant (empty when nobody fits).
 */
public record CustomerLookup(String query, String customerId, String matchedBy, List<CustomerCandidate> candidates) {

    public static final int MAX_CANDIDATES = 20;

    public CustomerLookup {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public boolean resolved() {
        return customerId != null;
    }
}
