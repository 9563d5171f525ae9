package com.scudo.assistant;

import java.util.List;

/**
 * An answer: one sentence of insight computed from the data, the cards that show it, and the filter expression
 * that selected the customers (null when none was run) so the user can edit it or save it as a segment.
 *
 * @param source {@code rules}, or {@code language-model} when the optional model planned the answer
 */
public record Answer(String question, Interpretation interpretation, String insight, List<Card> cards, String query,
                     String source) {

    public Answer {
        cards = cards == null ? List.of() : List.copyOf(cards);
    }
}
