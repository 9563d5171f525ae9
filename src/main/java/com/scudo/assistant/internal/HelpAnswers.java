package com.scudo.assistant.internal;

import com.scudo.assistant.CustomerRow;
import com.scudo.assistant.ExamplesCard;
import com.scudo.assistant.Intent;
import com.scudo.assistant.Interpretation;
import com.scudo.assistant.StagedAnswer;
import com.scudo.assistant.StagedAnswer.CardSource;
import com.scudo.segment.SegmentSummary;
import com.scudo.segment.filter.FilterField;
import com.scudo.segment.filter.Filters;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Answers for empty, unknown or incomplete questions: what can be asked, with this shop's own names. */
@Component
class HelpAnswers {
    private final FactsQueries facts;

    HelpAnswers(FactsQueries facts) {
        this.facts = facts;
    }

    StagedAnswer help(AnswerContext ctx, boolean understood) {
        return help(ctx, understood, Utterance.of(ctx.question()));
    }

    /**
     * What can be asked. A question that was not understood hears which words were not, and gets the example
     * questions closest to it first.
     */
    StagedAnswer help(AnswerContext ctx, boolean understood, Utterance question) {
        if (understood || question.isEmpty()) {
            return new StagedAnswer(ctx.question(), Interpretation.of(Intent.HELP),
                    "Ask me about your customers, segments and scores, for example:",
                    List.of(() -> Optional.of(new ExamplesCard("Try asking", examples(ctx)))), null, "rules");
        }
        List<String> unknown = ctx.interpretation().unknown().isEmpty() ? unknownWords(question) : ctx.interpretation().unknown();
        String insight = NotRecorded.note(unknown).map(note -> note + " Questions I can answer:")
                .orElse((unknown.isEmpty() ? "I did not understand that question."
                        : "I did not understand \"" + String.join(" ", unknown) + "\".")
                        + " The closest questions I can answer are these:");
        CardSource closest = () -> Optional.of(new ExamplesCard("Closest questions", Closeness.rank(question, examples(ctx))));
        return new StagedAnswer(ctx.question(), Interpretation.of(Intent.HELP).withUnknown(unknown), insight,
                List.of(closest), null, "rules");
    }

    /** The words of the question that are no word the assistant knows (all of them when it knows none). */
    private static List<String> unknownWords(Utterance question) {
        List<String> words = question.tokens().stream().filter(t -> !IntentRules.NOT_A_NAME.contains(t)).toList();
        return words.isEmpty() ? question.tokens() : words;
    }

    /**
     * A question naming a condition that cannot be applied as asked (an amount in a currency without a rate, a
     * comparison no phrase reads): the reason, then what can be asked, closest first.
     */
    StagedAnswer cannot(AnswerContext ctx, String reason) {
        CardSource closest = () -> Optional.of(new ExamplesCard("Questions I can answer",
                Closeness.rank(Utterance.of(ctx.question()), examples(ctx))));
        return new StagedAnswer(ctx.question(), Interpretation.of(Intent.HELP), reason + " I can answer questions such as"
                + " these:", List.of(closest), null, "rules");
    }

    /** A customer or segment intent without its reference: ask for it, with names to pick from. */
    StagedAnswer missing(AnswerContext ctx, Interpretation interpretation) {
        String insight;
        if ("segment".equals(interpretation.missing())) {
            List<String> names = ctx.segments().stream().filter(s -> s.stats().customers() > 0)
                    .map(s -> s.segment().name()).limit(6).toList();
            insight = "Which segment do you mean?" + (names.isEmpty() ? "" : " For example " + Words.and(names) + ".");
        } else {
            insight = "Which customer do you mean? Give a name, an e-mail address or a customer id.";
        }
        return new StagedAnswer(ctx.question(), interpretation, insight,
                List.of(() -> Optional.of(new ExamplesCard("Try asking", examples(ctx)))), null, "rules");
    }

    private List<String> examples(AnswerContext ctx) {
        List<CustomerRow> top = facts.customers(ctx.workspace(), Filters.parse("orders >= 1"), ctx.asOf(),
                FilterField.TOTAL_SPENT, true, 1);
        List<CustomerRow> risky = facts.customers(ctx.workspace(), Filters.parse(ListAnswers.AT_RISK_RULE), ctx.asOf(),
                FilterField.CHURN, true, 1);
        String segment = ctx.segments().stream().filter(s -> s.stats().customers() > 0)
                .max(Comparator.comparingLong(s -> s.stats().customers())).map(SegmentSummary::segment)
                .map(s -> s.name()).orElse("business professional");
        List<String> examples = new ArrayList<>();
        examples.add("Show me our VIP customers");
        examples.add("Find customers at risk of churning");
        examples.add("Analyze " + segment + " segment");
        examples.add("Show me " + (top.isEmpty() ? "David Kim" : top.get(0).name()) + "'s complete profile");
        if (!risky.isEmpty()) {
            examples.add("Why is " + risky.get(0).name() + " at risk?");
        }
        examples.add("Top 5 customers by CLV");
        examples.add("How did our segments change since last month?");
        examples.add("What should I do this week?");
        examples.add("Which customers are likely to order in the next 14 days?");
        examples.add("How much revenue is at risk?");
        examples.add("Which customers spent more than " + ctx.money(java.math.BigDecimal.valueOf(1000))
                + " and ordered in the last 30 days?");
        examples.add("Customers who spent between " + ctx.money(java.math.BigDecimal.valueOf(200)) + " and "
                + ctx.money(java.math.BigDecimal.valueOf(500)));
        examples.add("Customers with a churn risk between 30% and 60%");
        examples.add("Customers in California or Texas");
        examples.add("At-risk customers with more than 5 orders");
        examples.add("Which customers should I email this week to win them back?");
        examples.add("Who spent the most last year?");
        examples.add("How is the shop doing this year?");
        examples.add("Compare VIP and dormant segments");
        examples.add("List segments");
        return examples;
    }
}
