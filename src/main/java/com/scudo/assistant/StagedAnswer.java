package com.scudo.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An answer whose sentence is known and whose cards are still to be computed, one after the other. The stream sends
 * the sentence at once and each card as soon as its source has computed it; {@link #complete()} computes them all.
 *
 * @param cards computed in this order; a source may find it has nothing to show (no open actions, say)
 */
public record StagedAnswer(String question, Interpretation interpretation, String insight, List<CardSource> cards,
                           String query, String source) {

    public StagedAnswer {
        cards = cards == null ? List.of() : List.copyOf(cards);
    }

    /** A card computed on demand; it may read the stores, so it runs only once the sentence is out. */
    @FunctionalInterface
    public interface CardSource {
        Optional<Card> compute();

        static CardSource of(Card card) {
            return () -> Optional.of(card);
        }
    }

    /** An answer computed in one piece (the language model's), its cards already there. */
    public static StagedAnswer of(Answer answer) {
        return new StagedAnswer(answer.question(), answer.interpretation(), answer.insight(),
                answer.cards().stream().map(CardSource::of).toList(), answer.query(), answer.source());
    }

    /** Every card computed, in order. */
    public Answer complete() {
        List<Card> computed = new ArrayList<>();
        cards.forEach(c -> c.compute().ifPresent(computed::add));
        return new Answer(question, interpretation, insight, computed, query, source);
    }

    public StagedAnswer withInsight(String sentence) {
        return new StagedAnswer(question, interpretation, sentence, cards, query, source);
    }
}
