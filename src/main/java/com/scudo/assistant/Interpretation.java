package com.scudo.assistant;

import java.time.LocalDate;
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
 * @param period   the calendar period the question names ("last year", "since Black Friday"), or null
 * @param unknown  words of the question that were not understood (neither a known word nor a name that matched)
 */
public record Interpretation(Intent intent, String customer, List<String> segments, Integer limit, Integer days,
                             String metric, String missing, Period period, List<String> unknown) {

    /** Days from {@code from} (inclusive) to {@code until} (exclusive), and the words that named them. */
    public record Period(LocalDate from, LocalDate until, String words) {
    }

    public Interpretation {
        segments = segments == null ? List.of() : List.copyOf(segments);
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
    }

    public Interpretation(Intent intent, String customer, List<String> segments, Integer limit, Integer days,
                          String metric, String missing) {
        this(intent, customer, segments, limit, days, metric, missing, null, List.of());
    }

    public Interpretation withPeriod(Period newPeriod) {
        return new Interpretation(intent, customer, segments, limit, days, metric, missing, newPeriod, unknown);
    }

    public Interpretation withUnknown(List<String> words) {
        return new Interpretation(intent, customer, segments, limit, days, metric, missing, period, words);
    }

    public static Interpretation of(Intent intent) {
        return new Interpretation(intent, null, List.of(), null, null, null, null);
    }

    public String segment() {
        return segments.isEmpty() ? null : segments.get(0);
    }
}
