package com.scudo.assistant;

import java.util.List;

/**
 * How a question was understood: the intent and its parameters as written in the question (names and segment
 * phrases are resolved against the data afterwards).
 *
 * @param customer the customer reference (a name, id or e-mail), for customer questions
 * @param segments segment ids the question names, in order
 * @param limit    how many customers to list ("top 5"), when given
 * @param days     the time window in days ("in the next 2 weeks" = 14), when given
 * @param metric   what to rank or explain by: a filter field such as {@code clv}, {@code total_spent} or {@code churn}
 * @param missing  what the question lacks to be answered (e.g. {@code customer}), or null
 */
public record Interpretation(Intent intent, String customer, List<String> segments, Integer limit, Integer days,
                             String metric, String missing) {

    public Interpretation {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    public static Interpretation of(Intent intent) {
        return new Interpretation(intent, null, List.of(), null, null, null, null);
    }

    public String segment() {
        return segments.isEmpty() ? null : segments.get(0);
    }
}
