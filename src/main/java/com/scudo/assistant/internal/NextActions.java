package com.scudo.assistant.internal;

import com.scudo.assistant.ActionItem;
import com.scudo.assistant.ActionsCard;
import com.scudo.assistant.StagedAnswer;
import com.scudo.assistant.StagedAnswer.CardSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * "What should I do today?", "Which customers should I call this week?", "Top recommendations": the shop's open
 * recommendations, most urgent and valuable first (the order the recommendations page uses), and the actions for
 * whole segments.
 */
@Component
class NextActions {
    /** Actions listed one by one. */
    private static final int FIRST = 10;
    /** Segment actions named in the sentence. */
    private static final int SEGMENTS_SAID = 2;
    private final ActionLookup actions;

    NextActions(ActionLookup actions) {
        this.actions = actions;
    }

    StagedAnswer answer(AnswerContext ctx) {
        List<ActionItem> first = actions.first(ctx.workspace(), FIRST);
        List<ActionItem> segments = actions.forSegments(ctx.workspace());
        if (first.isEmpty()) {
            return new StagedAnswer(ctx.question(), ctx.interpretation(), "No recommended actions are open: they come with"
                    + " each analytics run, so run the analytics (or wait for the daily re-score) and ask again.",
                    List.of(), null, "rules");
        }
        ActionItem top = first.get(0);
        StringBuilder insight = new StringBuilder("Start with ").append(Words.count(first.size(), "recommended action"))
                .append(", the most urgent and valuable first: ").append(top.title()).append(" (")
                .append(top.customerName() != null ? top.customerName() : top.customerId())
                .append(top.expectedValue() != null ? ", worth about " + ctx.money(top.expectedValue()) : "").append(").");
        if (!segments.isEmpty()) {
            insight.append(" For whole segments: ").append(String.join("; ", segments.stream().limit(SEGMENTS_SAID)
                    .map(ActionItem::title).toList())).append(".");
        }
        List<CardSource> cards = new java.util.ArrayList<>();
        cards.add(CardSource.of(new ActionsCard("Do first", first)));
        if (!segments.isEmpty()) {
            cards.add(() -> Optional.of(new ActionsCard("Actions for segments", segments)));
        }
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight.toString(), cards, null, "rules");
    }
}
