package com.scudo.assistant.internal;

import com.scudo.assistant.Interpretation;
import com.scudo.segment.filter.FilterField;
import com.scudo.segment.filter.Filters;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure asked of a list rather than of the shop: "What percentage of revenue comes from VIP customers?", "What's the
 * average order value of VIP customers?", "How often do at-risk customers order?". Each is said before the list's answer.
 */
@Component
class ListFigures {
    private final FactsQueries facts;

    ListFigures(FactsQueries facts) {
        this.facts = facts;
    }

    /** The first figure the question asks of the list its reading names; empty when it asks none. */
    Optional<String> of(AnswerContext ctx, Interpretation reading) {
        return revenueShare(ctx, reading).or(() -> listAov(ctx, reading)).or(() -> listOrderGap(ctx, reading));
    }

    /** "What percentage of revenue comes from VIP customers?": the list's part of what every customer has spent. */
    private static final java.util.regex.Pattern REVENUE_SHARE = java.util.regex.Pattern.compile(
            "\\b(share|percentage|percent|proportion|fraction|part|how much) of (all |our |my |the |total )?(revenue|sales"
            + "|spend|spending|turnover|income)\\b");

    /** "What's the average order value of VIP customers?": a list's own, not the shop's. */
    static final java.util.regex.Pattern AOV = java.util.regex.Pattern.compile(IntentRules.AOV_WORDS);

    /** The sentence that answers a list's average order value, for the list a reading names; empty otherwise. */
    private Optional<String> listAov(AnswerContext ctx, Interpretation reading) {
        Optional<FilterAnswers.ListPart> list = FilterAnswers.listPart(reading, "", ctx.asOf());
        if (list.isEmpty() || !AOV.matcher(Utterance.of(ctx.question()).text()).find()) {
            return Optional.empty();
        }
        String whose = list.get().adjective() != null ? list.get().adjective() + " customers'" : "These customers'";
        return Optional.of(aovSentence(ctx, whose, facts.totals(ctx.workspace(), Filters.parse(list.get().filter()), ctx.asOf())));
    }

    /** The time between orders, of the shop or of a list ("how often do at-risk customers order"). */
    static final java.util.regex.Pattern ORDER_GAP = java.util.regex.Pattern.compile(IntentRules.ORDER_GAP_WORDS
            + "|\\bhow often do (the |our |my )?(\\w+ ){1,2}(customers|clients|buyers|shoppers|vips) (order|buy|shop|purchase"
            + "|come back)\\b");

    /** "What's the average time between orders for VIPs?": the list's own average gap, for the list a reading names. */
    private Optional<String> listOrderGap(AnswerContext ctx, Interpretation reading) {
        Optional<FilterAnswers.ListPart> list = FilterAnswers.listPart(reading, "", ctx.asOf());
        if (list.isEmpty() || !ORDER_GAP.matcher(Utterance.of(ctx.question()).text()).find()) {
            return Optional.empty();
        }
        String who = list.get().adjective() != null ? list.get().adjective() + " customers" : "these customers";
        return Optional.of(orderGapSentence(who, facts.average(ctx.workspace(), Filters.parse(list.get().filter()),
                ctx.asOf(), FilterField.AVG_DAYS_BETWEEN_ORDERS)));
    }

    /** "VIP customers order again every 12 days on average (over the 1 customer of them who ordered on two days or more)." */
    static String orderGapSentence(String who, FactsQueries.Average gap) {
        return gap.value() == null ? "None of " + who + " has ordered on two days or more, so there is no time between"
                + " their orders yet."
                : Words.capitalise(who) + " order again every " + gap.value().setScale(0, java.math.RoundingMode.HALF_UP)
                + " days on average (over the " + Words.count(gap.customers(), "customer") + " of them who ordered on"
                + " two days or more).";
    }

    /** "VIP customers' average order value is $189 ($8,500 over 45 orders)." */
    static String aovSentence(AnswerContext ctx, String whose, FactsQueries.Totals totals) {
        BigDecimal perOrder = totals.spentPerOrder();
        return perOrder == null ? "No orders yet, so no average order value."
                : Words.capitalise(whose) + " average order value is " + ctx.money(perOrder) + " ("
                + ctx.money(totals.totalSpent()) + " over " + Words.count(totals.orders(), "order") + ").";
    }

    /** The sentence that answers a revenue-share question about a list the reading names; empty otherwise. */
    private Optional<String> revenueShare(AnswerContext ctx, Interpretation reading) {
        Optional<FilterAnswers.ListPart> list = FilterAnswers.listPart(reading, "", ctx.asOf());
        if (list.isEmpty() || !REVENUE_SHARE.matcher(Utterance.of(ctx.question()).text()).find()) {
            return Optional.empty();
        }
        BigDecimal part = facts.totals(ctx.workspace(), Filters.parse(list.get().filter()), ctx.asOf()).totalSpent();
        BigDecimal all = facts.totals(ctx.workspace(), null, ctx.asOf()).totalSpent();
        if (all == null || all.signum() == 0) {
            return Optional.empty();
        }
        String who = list.get().adjective() != null ? list.get().adjective() + " customers" : "These customers";
        return Optional.of(Words.capitalise(who) + " account for " + ctx.percent(part.divide(all, 4,
                java.math.RoundingMode.HALF_UP)) + " of what all customers have spent (" + ctx.money(part) + " of "
                + ctx.money(all) + ").");
    }
}
