package com.scudo.shared;

import java.util.Arrays;
import java.util.List;

/**
 * A set of values kept in one text column as "|a|b|" (an order's categories, a customer's segments): delimited on both
 * sides so that a filter can ask for "|b|" with one LIKE. The parsing every reader of such a column shares.
 */
public final class DelimitedSet {
    private DelimitedSet() {
    }

    /** "|a|b|" as [a, b], in stored order, without blanks or repeats; empty for null or blank text. */
    public static List<String> values(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|")).filter(s -> !s.isBlank()).distinct().toList();
    }
}
