package com.scudo.assistant.internal;

import com.scudo.assistant.ActionItem;
import com.scudo.assistant.ActionsCard;
import com.scudo.assistant.Answer;
import com.scudo.assistant.Card;
import com.scudo.assistant.CustomerListCard;
import com.scudo.assistant.CustomerRow;
import com.scudo.assistant.Interpretation;
import com.scudo.analytics.SpendInPeriod;
import com.scudo.segment.filter.FilterExpression;
import com.scudo.segment.filter.FilterField;
import com.scudo.segment.filter.Filters;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Questions answered with a list of customers: VIPs, at-risk, top by a figure, due to order, revenue at risk. */
@Component
class ListAnswers {
    /** The brief's at-risk threshold, as in the AT_RISK segment and the retention recommendations. */
    static final String AT_RISK_RULE = "churn >= 25%";
    static final int DEFAULT_LIMIT = 10;
    static final int AT_RISK_LIMIT = 50;
    static final int DEFAULT_DAYS = 30;
    /** Whom a win-back offer is for: customers whose lifecycle stage says they have stopped buying. */
    static final String WIN_BACK_RULE = "lifecycle = \"Dormant\" and orders >= 1";
    private static final Map<String, String> METRIC_LABELS = Map.of("total_spent", "total spent",
            "clv", "predicted 12-month value (CLV)", "orders", "number of orders", "aov", "average order value",
            "churn", "churn risk");

    private final FactsQueries facts;
    private final ActionLookup actions;
    private final SpendInPeriod spend;

    ListAnswers(FactsQueries facts, ActionLookup actions, SpendInPeriod spend) {
        this.facts = facts;
        this.actions = actions;
        this.spend = spend;
    }

    Answer vip(AnswerContext ctx) {
        Listing l = list(ctx, "lifecycle = \"VIP\"", FilterField.TOTAL_SPENT, DEFAULT_LIMIT);
        String insight = l.totals.customers() == 0
                ? "No VIP customers yet: nobody buys often, recently and for enough to count as VIP."
                : Words.count(l.totals.customers(), "VIP customer") + " generating " + ctx.money(l.totals.totalSpent())
                + " revenue with " + Words.retention(l.totals.averageChurn()) + " retention (average churn risk "
                + ctx.percent(l.totals.averageChurn()) + ").";
        return answer(ctx, insight, l, "VIP customers", true);
    }

    /**
     * Everyone with a churn risk of 25% or more, most predicted value first (where a retention offer pays most).
     * The sentence separates those still active, who need retention, from those already dormant, who need win-back.
     */
    Answer atRisk(AnswerContext ctx) {
        Listing l = list(ctx, AT_RISK_RULE, FilterField.CLV, AT_RISK_LIMIT);
        FactsQueries.Totals active = facts.totals(ctx.workspace(), Filters.parse(AT_RISK_RULE + " and lifecycle != \"Dormant\""),
                ctx.asOf());
        long n = active.customers();
        long lapsed = l.totals.customers() - n;
        String insight;
        if (l.totals.customers() == 0) {
            insight = "No customer is at risk of churning (churn risk of 25% or more) right now.";
        } else {
            insight = Words.count(n, "customer") + " " + Words.verb(n, "needs a retention campaign", "need retention campaigns")
                    + " (churn risk of 25% or more, " + ctx.money(active.clv()) + " of predicted 12-month value at stake)"
                    + (lapsed == 0 ? "." : "; " + lapsed + " more " + Words.verb(lapsed, "has", "have")
                    + " already gone dormant and " + Words.verb(lapsed, "needs a win-back offer", "need win-back offers") + ".");
        }
        return answer(ctx, insight, l, "Customers at risk of churning", true);
    }

    Answer revenueAtRisk(AnswerContext ctx) {
        Listing l = list(ctx, AT_RISK_RULE, FilterField.CLV, AT_RISK_LIMIT);
        long n = l.totals.customers();
        String insight = n == 0 ? "No revenue is at risk: no customer has a churn risk of 25% or more."
                : ctx.money(l.totals.churnTimesClv()) + " of predicted 12-month revenue is at risk: "
                + Words.count(n, "customer") + " with a churn risk of 25% or more " + Words.verb(n, "holds", "hold") + " "
                + ctx.money(l.totals.clv()) + " of predicted value and " + Words.verb(n, "has", "have") + " spent "
                + ctx.money(l.totals.totalSpent()) + " so far.";
        return answer(ctx, insight, l, "At-risk customers by predicted value", true);
    }

    /** Lapsed customers, the biggest spenders first: those a win-back offer is most worth sending to. */
    Answer winBack(AnswerContext ctx) {
        int limit = ctx.interpretation().limit() == null ? DEFAULT_LIMIT : ctx.interpretation().limit();
        Listing l = list(ctx, WIN_BACK_RULE, FilterField.TOTAL_SPENT, limit);
        long n = l.totals.customers();
        String insight = n == 0 ? "Nobody has gone dormant: there is no customer to win back right now."
                : Words.count(n, "dormant customer") + " to win back, who spent " + ctx.money(l.totals.totalSpent())
                + " before they stopped buying; start with " + Words.and(l.rows.stream().limit(3).map(CustomerRow::name).toList())
                + ", who spent the most.";
        return answer(ctx, insight, l, "Customers to win back", true);
    }

    Answer top(AnswerContext ctx) {
        if (ctx.interpretation().period() != null && spendRanking(ctx.interpretation().metric())) {
            return topInPeriod(ctx);
        }
        String metric = ctx.interpretation().metric() == null ? "total_spent" : ctx.interpretation().metric();
        FilterField field = FilterField.byName(metric).orElse(FilterField.TOTAL_SPENT);
        int limit = ctx.interpretation().limit() == null ? DEFAULT_LIMIT : ctx.interpretation().limit();
        Listing l = list(ctx, "orders >= 1", field, limit);
        String label = METRIC_LABELS.getOrDefault(field.fieldName(), field.fieldName());
        String insight;
        if (l.rows.isEmpty()) {
            insight = "No customer has ordered yet, so there is no ranking by " + label + ".";
        } else if (field == FilterField.TOTAL_SPENT || field == FilterField.CLV) {
            Function<CustomerRow, BigDecimal> value = field == FilterField.CLV ? CustomerRow::clv : CustomerRow::totalSpent;
            BigDecimal sum = l.rows.stream().map(value).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal all = field == FilterField.CLV ? l.totals.clv() : l.totals.totalSpent();
            insight = "Your top " + Words.count(l.rows.size(), "customer") + " by " + label + " "
                    + Words.verb(l.rows.size(), "accounts", "account") + " for " + ctx.money(sum)
                    + (all.signum() > 0 ? ", " + ctx.percent(sum.divide(all, 4, java.math.RoundingMode.HALF_UP))
                    + " of the shop's " + label : "")
                    + "; first is " + l.rows.get(0).name() + ".";
        } else {
            insight = "Your top " + Words.count(l.rows.size(), "customer") + " by " + label + ", led by "
                    + l.rows.get(0).name() + ".";
        }
        return answer(ctx, insight, l, "Top customers by " + label, false);
    }

    Answer likelyToOrder(AnswerContext ctx) {
        int days = ctx.interpretation().days() == null ? DEFAULT_DAYS : ctx.interpretation().days();
        LocalDate until = ctx.asOf().plusDays(days);
        Listing l = list(ctx, "next_order_date between " + ctx.asOf() + " and " + until, FilterField.NEXT_ORDER_DATE,
                ctx.interpretation().limit() == null ? AT_RISK_LIMIT : ctx.interpretation().limit(), false);
        long n = l.totals.customers();
        String insight = n == 0 ? "No customer is expected to order in the next " + days + " days (by " + ctx.date(until) + ")."
                : Words.count(n, "customer") + " " + Words.verb(n, "is", "are") + " expected to order in the next "
                + days + " days (by " + ctx.date(until) + "), worth about " + ctx.money(l.totals.aov())
                + " at their usual order value.";
        return answer(ctx, insight, l, "Expected to order by " + ctx.date(until), true);
    }

    private static boolean spendRanking(String metric) {
        return metric == null || metric.equals("total_spent") || metric.equals("orders");
    }

    /** "Who spent the most last year?": spend in that period, from the order history, not lifetime totals. */
    private Answer topInPeriod(AnswerContext ctx) {
        Interpretation.Period period = ctx.interpretation().period();
        int limit = ctx.interpretation().limit() == null ? DEFAULT_LIMIT : ctx.interpretation().limit();
        List<SpendInPeriod.Spender> spenders = spend.top(ctx.workspace(), period.from(), period.until(),
                ctx.figures().timeZone(), limit);
        String span = ctx.date(period.from()) + " – " + ctx.date(period.until().minusDays(1));
        if (spenders.isEmpty()) {
            return new Answer(ctx.question(), ctx.interpretation(), "Nobody ordered " + period.words() + " (" + span + ").",
                    List.of(), null, "rules");
        }
        Map<String, CustomerRow> byId = new java.util.HashMap<>();
        String ids = spenders.stream().map(s -> Words.literal(s.customerId())).collect(java.util.stream.Collectors.joining(", "));
        facts.customers(ctx.workspace(), Filters.parse("customer_id in (" + ids + ")"), ctx.asOf(), FilterField.TOTAL_SPENT,
                true, spenders.size()).forEach(r -> byId.put(r.customerId(), r));
        List<CustomerRow> rows = spenders.stream().filter(s -> byId.containsKey(s.customerId()))
                .map(s -> byId.get(s.customerId()).withSpent(s.spent(), (int) s.orders())).toList();
        BigDecimal sum = spenders.stream().map(SpendInPeriod.Spender::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        String insight = "Who spent the most " + period.words() + " (" + span + "): " + rows.get(0).name() + " with "
                + ctx.money(spenders.get(0).spent()) + "; your top " + Words.count(rows.size(), "customer") + " spent "
                + ctx.money(sum) + " together.";
        List<Card> cards = List.of(new CustomerListCard("Top customers by spend " + period.words(), rows.size(),
                "-total_spent", rows));
        return new Answer(ctx.question(), ctx.interpretation(), insight, cards, null, "rules");
    }

    /** Any filter expression the caller (the language model) wrote, run through the same parameterised SQL. */
    Answer filtered(AnswerContext ctx, String rule, FilterField sort, boolean descending, int limit) {
        Listing l = list(ctx, rule, sort, limit, descending);
        String insight = Words.count(l.totals.customers(), "customer") + " " + Words.verb(l.totals.customers(),
                "matches", "match") + " " + Filters.render(l.filter) + ", worth " + ctx.money(l.totals.totalSpent())
                + " spent so far and " + ctx.money(l.totals.clv()) + " predicted over the next 12 months.";
        return answer(ctx, insight, l, "Customers matching the filter", false);
    }

    private record Listing(FilterExpression filter, FactsQueries.Totals totals, List<CustomerRow> rows, String sortedBy) {
    }

    private Listing list(AnswerContext ctx, String rule, FilterField sort, int limit) {
        return list(ctx, rule, sort, limit, true);
    }

    private Listing list(AnswerContext ctx, String rule, FilterField sort, int limit, boolean descending) {
        FilterExpression filter = Filters.parse(rule);
        List<CustomerRow> rows = facts.customers(ctx.workspace(), filter, ctx.asOf(), sort, descending, limit);
        return new Listing(filter, facts.totals(ctx.workspace(), filter, ctx.asOf()), rows,
                (descending ? "-" : "") + sort.fieldName());
    }

    private Answer answer(AnswerContext ctx, String insight, Listing l, String title, boolean withActions) {
        List<Card> cards = new ArrayList<>();
        cards.add(new CustomerListCard(title, l.totals.customers(), l.sortedBy, l.rows));
        if (withActions) {
            List<ActionItem> items = actions.forCustomers(ctx.workspace(), l.rows);
            if (!items.isEmpty()) {
                cards.add(new ActionsCard("Recommended actions", items));
            }
        }
        Interpretation i = ctx.interpretation();
        return new Answer(ctx.question(), i, insight, cards, Filters.render(l.filter), "rules");
    }
}
