package com.scudo.assistant.internal;

import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.SpendInPeriod;
import com.scudo.assistant.CustomerListCard;
import com.scudo.assistant.CustomerRow;
import com.scudo.assistant.Interpretation;
import com.scudo.assistant.StagedAnswer;
import com.scudo.assistant.StagedAnswer.CardSource;
import com.scudo.segment.filter.Filters;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * "Who came back after being dormant?", "Which customers did we win back this quarter?": customers who ordered in the
 * period (the last 90 days unless the question names one) after going the shop's dormant threshold or longer without an
 * order, from the order history. Today's lifecycle stage cannot say this: a customer who came back is Active again.
 */
@Component
class ReturnAnswers {
    /** The window when the question names none: a quarter, long enough for a return to show, short enough to be news. */
    static final int DEFAULT_DAYS = 90;
    private final SpendInPeriod spend;
    private final ListAnswers lists;
    private final FactsQueries facts;
    private final int dormantDays;

    ReturnAnswers(SpendInPeriod spend, ListAnswers lists, FactsQueries facts, AnalyticsSettings settings) {
        this.spend = spend;
        this.lists = lists;
        this.facts = facts;
        this.dormantDays = settings.lifecycle().dormantDays();
    }

    /**
     * "How many customers did we lose this year?": those who crossed the dormant threshold in the period (their last order
     * is that many days before a day of it) and have not ordered since, as a filter on the last order's date.
     */
    StagedAnswer lost(AnswerContext ctx) {
        Interpretation.Period period = ctx.periodOrLast(DEFAULT_DAYS);
        java.time.LocalDate until = period.until().isAfter(ctx.asOf()) ? ctx.asOf().plusDays(1) : period.until();
        java.time.LocalDate lastFrom = period.from().minusDays(dormantDays);
        java.time.LocalDate lastUntil = until.minusDays(dormantDays);
        String rule = "last_order >= " + lastFrom + " and last_order < " + lastUntil;
        var filter = Filters.parse(rule);
        FactsQueries.Totals totals = facts.totals(ctx.workspace(), filter, ctx.asOf());
        String when = during(period) + " (" + ctx.span(new Interpretation.Period(period.from(), until, period.words())) + ")";
        String insight = (totals.customers() == 0 ? "Nobody went dormant " + when
                : Words.capitalise(Words.count(totals.customers(), "customer")) + " went dormant " + when + ", worth "
                + ctx.money(totals.totalSpent()) + " spent before they stopped")
                + ": that is, their last order was between " + ctx.date(lastFrom) + " and " + ctx.date(lastUntil.minusDays(1))
                + ", so they reached " + dormantDays + " days without an order (the shop's dormant threshold) in the period,"
                + " and have not ordered since. Customers who lapsed and came back are not counted; ask who came back for them."
                + " Filter: " + rule + ".";
        CardSource card = () -> java.util.Optional.of(new CustomerListCard("Went dormant " + during(period),
                totals.customers(), "-total_spent", facts.customers(ctx.workspace(), filter, ctx.asOf(),
                com.scudo.segment.filter.FilterField.TOTAL_SPENT, true, FilterAnswers.LIMIT)));
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight, List.of(card), Filters.render(filter), "rules");
    }

    /** "last month", "in the last 6 months": a period's words after a verb. */
    static String during(Interpretation.Period period) {
        return (period.words().startsWith("the ") ? "in " : "") + period.words();
    }

    StagedAnswer answer(AnswerContext ctx) {
        Interpretation.Period period = ctx.periodOrLast(DEFAULT_DAYS);
        List<SpendInPeriod.Return> returns = spend.returned(ctx.workspace(), period.from(), period.until(),
                ctx.figures().timeZone(), dormantDays);
        String when = during(period) + " (" + ctx.span(period) + ")";
        String gap = dormantDays + " days or more without an order (the shop's dormant threshold)";
        if (returns.isEmpty()) {
            long dormant = facts.totals(ctx.workspace(), Filters.parse(ListAnswers.WIN_BACK_RULE), ctx.asOf()).customers();
            return new StagedAnswer(ctx.question(), ctx.interpretation(), "Nobody came back " + when + " after " + gap + "."
                    + (dormant == 0 ? "" : " " + Words.capitalise(Words.count(dormant, "customer")) + " "
                    + Words.verb(dormant, "is", "are") + " dormant now: ask for the customers to win back to see them,"
                    + " the biggest spenders first."), List.of(), null, "rules");
        }
        int limit = Math.min(ctx.interpretation().limit() == null ? FilterAnswers.LIMIT : ctx.interpretation().limit(),
                FilterAnswers.LIMIT);
        List<SpendInPeriod.Return> shown = returns.stream().limit(limit).toList();
        List<CustomerRow> rows = lists.periodRows(ctx, shown.stream()
                .map(r -> new SpendInPeriod.Spender(r.customerId(), r.spent(), r.orders())).toList());
        BigDecimal spent = returns.stream().map(SpendInPeriod.Return::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        SpendInPeriod.Return longest = returns.stream()
                .max(java.util.Comparator.comparingLong(SpendInPeriod.Return::daysAway)).orElseThrow();
        String longestName = rows.stream().filter(r -> r.customerId().equals(longest.customerId())).map(CustomerRow::name)
                .findFirst().orElse(longest.customerId());
        String insight = Words.capitalise(Words.count(returns.size(), "customer")) + " came back " + when + " after " + gap
                + ", and spent " + ctx.money(spent) + " since. Longest away: " + longestName + ", " + longest.daysAway()
                + " days (last order " + ctx.date(longest.previousOrder()) + ", back on " + ctx.date(longest.returnedOn())
                + "). Listed by what each spent since coming back; this list comes from the order history, so it cannot"
                + " be saved as a segment.";
        String title = "Came back after " + dormantDays + "+ days away, " + during(period);
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight,
                List.of(CardSource.of(new CustomerListCard(title, returns.size(), "-total_spent", rows))), null, "rules");
    }
}
