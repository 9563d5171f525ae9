package com.scudo.assistant.internal;

import com.scudo.analytics.AtRisk;
import com.scudo.assistant.ActionItem;
import com.scudo.assistant.ActionsCard;
import com.scudo.assistant.CustomerListCard;
import com.scudo.assistant.CustomerRow;
import com.scudo.assistant.Interpretation;
import com.scudo.assistant.StagedAnswer;
import com.scudo.assistant.StagedAnswer.CardSource;
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
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Questions answered with a list of customers: VIPs, at-risk, top by a figure, due to order, revenue at risk. */
@Component
class ListAnswers {
    /** The one meaning of "at risk": the At-Risk lifecycle stage, as in the overview, the AT_RISK segment and the export. */
    static final String AT_RISK_RULE = AtRisk.FILTER;
    static final int DEFAULT_LIMIT = 10;
    static final int AT_RISK_LIMIT = 50;
    static final int DEFAULT_DAYS = 30;
    /** The VIP list: the VIP lifecycle stage, as on the overview and in the export. */
    static final String VIP_RULE = "lifecycle = \"VIP\"";
    /** Whom a win-back offer is for: customers whose lifecycle stage says they have stopped buying. */
    static final String WIN_BACK_RULE = "lifecycle = \"Dormant\" and orders >= 1";
    private static final Map<String, String> METRIC_LABELS = Map.of("total_spent", "total spent",
            "clv", "predicted 12-month value (CLV)", "orders", "number of orders", "aov", "average order value",
            "churn", "churn risk", "first_order", "first order, newest first", "engagement",
            "engagement (e-mail opens and clicks, visits, campaign responses and tickets)");

    private final FactsQueries facts;
    private final ActionLookup actions;
    private final SpendInPeriod spend;
    private final AtRisk atRisk;

    ListAnswers(FactsQueries facts, ActionLookup actions, SpendInPeriod spend, AtRisk atRisk) {
        this.facts = facts;
        this.actions = actions;
        this.spend = spend;
        this.atRisk = atRisk;
    }

    StagedAnswer vip(AnswerContext ctx) {
        Listing l = list(ctx, VIP_RULE, FilterField.TOTAL_SPENT, DEFAULT_LIMIT);
        String insight = l.totals.customers() == 0
                ? "No VIP customers yet: nobody buys often, recently and for enough to count as VIP."
                : Words.count(l.totals.customers(), "VIP customer") + " generating " + ctx.money(l.totals.totalSpent())
                + " revenue with " + Words.retention(l.totals.averageChurn()) + " retention (average churn risk "
                + ctx.percent(l.totals.averageChurn()) + ").";
        return answer(ctx, insight, l, "VIP customers", true);
    }

    /**
     * The at-risk customers (still likely to buy but slipping), most predicted value first (where a retention offer
     * pays most). The dormant are a win-back case: the sentence names how many, apart.
     */
    StagedAnswer atRisk(AnswerContext ctx) {
        Listing l = list(ctx, AT_RISK_RULE, FilterField.CLV, AT_RISK_LIMIT);
        AtRisk.Figures figures = atRisk.figures(ctx.workspace());
        long n = figures.customers();
        String dormant = figures.dormant() == 0 ? "" : " " + Words.count(figures.dormant(), "more customer") + " "
                + Words.verb(figures.dormant(), "has", "have") + " already gone dormant and "
                + Words.verb(figures.dormant(), "needs a win-back offer", "need win-back offers") + " instead.";
        String insight = n == 0 ? "No customer is at risk right now: nobody who is still likely to buy is slipping." + dormant
                : Words.count(n, "customer") + " " + Words.verb(n, "is", "are") + " at risk: still likely to buy but slipping"
                + " (churn risk of 25% or more), " + ctx.money(figures.revenueAtRisk())
                + " of predicted 12-month value at stake; " + Words.verb(n, "it needs", "they need")
                + " a retention campaign." + dormant;
        return answer(ctx, insight, l, "Customers at risk", true);
    }

    StagedAnswer revenueAtRisk(AnswerContext ctx) {
        Listing l = list(ctx, AT_RISK_RULE, FilterField.CLV, AT_RISK_LIMIT);
        AtRisk.Figures figures = atRisk.figures(ctx.workspace());
        long n = figures.customers();
        String insight = n == 0 ? "No revenue is at risk: no customer who is still likely to buy is slipping."
                : ctx.money(figures.revenueAtRisk()) + " of predicted 12-month revenue is at risk: the predicted value of "
                + Words.count(n, "at-risk customer") + " (still likely to buy but slipping), who " + Words.verb(n, "has", "have")
                + " spent " + ctx.money(figures.pastSpend()) + " so far.";
        return answer(ctx, insight, l, "At-risk customers by predicted value", true);
    }

    /** Lapsed customers, the biggest spenders first: those a win-back offer is most worth sending to. */
    StagedAnswer winBack(AnswerContext ctx) {
        int limit = ctx.interpretation().limit() == null ? DEFAULT_LIMIT : ctx.interpretation().limit();
        Listing l = list(ctx, WIN_BACK_RULE, FilterField.TOTAL_SPENT, limit);
        long n = l.totals.customers();
        String insight = n == 0 ? "Nobody has gone dormant: there is no customer to win back right now."
                : Words.count(n, "dormant customer") + " to win back, who spent " + ctx.money(l.totals.totalSpent())
                + " before they stopped buying; start with " + Words.and(l.rows().stream().limit(3).map(CustomerRow::name).toList())
                + ", who spent the most.";
        return answer(ctx, insight, l, "Customers to win back", true);
    }

    StagedAnswer top(AnswerContext ctx) {
        if (ctx.interpretation().period() != null && spendRanking(ctx.interpretation().metric())) {
            return topInPeriod(ctx);
        }
        String metric = ctx.interpretation().metric() == null ? "total_spent" : ctx.interpretation().metric();
        if (metric.equals("first_order_oldest")) {
            return oldest(ctx);
        }
        FilterField field = FilterField.byName(metric).orElse(FilterField.TOTAL_SPENT);
        int limit = ctx.interpretation().limit() == null ? DEFAULT_LIMIT : ctx.interpretation().limit();
        Listing l = list(ctx, "orders >= 1", field, limit);
        String label = METRIC_LABELS.getOrDefault(field.fieldName(), field.fieldName());
        String insight;
        if (l.rows().isEmpty()) {
            insight = "No customer has ordered yet, so there is no ranking by " + label + ".";
        } else if (field == FilterField.FIRST_ORDER) {
            insight = "Your " + Words.count(l.rows().size(), "newest customer") + " by their first order, newest first: "
                    + String.join(", ", l.rows().stream().limit(3).map(CustomerRow::name).toList())
                    + (l.rows().size() > 3 ? " and " + (l.rows().size() - 3) + " more." : ".");
        } else if (field == FilterField.TOTAL_SPENT || field == FilterField.CLV) {
            Function<CustomerRow, BigDecimal> value = field == FilterField.CLV ? CustomerRow::clv : CustomerRow::totalSpent;
            BigDecimal sum = l.rows().stream().map(value).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal all = field == FilterField.CLV ? l.totals.clv() : l.totals.totalSpent();
            insight = "Your top " + Words.count(l.rows().size(), "customer") + " by " + label + " "
                    + Words.verb(l.rows().size(), "accounts", "account") + " for " + ctx.money(sum)
                    + (all.signum() > 0 ? ", " + ctx.percent(sum.divide(all, 4, java.math.RoundingMode.HALF_UP))
                    + " of the shop's " + label : "")
                    + "; first is " + l.rows().get(0).name() + ".";
        } else {
            insight = "Your top " + Words.count(l.rows().size(), "customer") + " by " + label + ", led by "
                    + l.rows().get(0).name() + ".";
        }
        return answer(ctx, insight, l, field == FilterField.FIRST_ORDER ? "Newest customers" : "Top customers by " + label,
                false);
    }

    /** "Who are our oldest customers?": by their first order, oldest first. */
    private StagedAnswer oldest(AnswerContext ctx) {
        int limit = ctx.interpretation().limit() == null ? DEFAULT_LIMIT : ctx.interpretation().limit();
        Listing l = list(ctx, "orders >= 1", FilterField.FIRST_ORDER, limit, false);
        String insight = l.rows().isEmpty() ? "No customer has ordered yet."
                : "Your " + Words.count(l.rows().size(), "longest-standing customer") + " by their first order, oldest first: "
                + String.join(", ", l.rows().stream().limit(3).map(r -> r.name()).toList())
                + (l.rows().size() > 3 ? " and " + (l.rows().size() - 3) + " more." : ".");
        return answer(ctx, insight, l, "Longest-standing customers", false);
    }

    /** How many customers a "nobody in the window" answer shows as expected soonest. */
    private static final int SOONEST_LIMIT = 5;

    StagedAnswer likelyToOrder(AnswerContext ctx) {
        int days = ctx.interpretation().days() == null ? DEFAULT_DAYS : ctx.interpretation().days();
        LocalDate until = ctx.asOf().plusDays(days);
        Listing l = list(ctx, likelyToOrderRule(ctx.asOf(), days), FilterField.NEXT_ORDER_DATE,
                ctx.interpretation().limit() == null ? AT_RISK_LIMIT : ctx.interpretation().limit(), false);
        long n = l.totals.customers();
        if (n == 0) {
            return soonestToOrder(ctx, days, until);
        }
        String insight = Words.count(n, "customer") + " " + Words.verb(n, "is", "are") + " expected to order in the next "
                + days + " days (by " + ctx.date(until) + "), worth about " + ctx.money(l.totals.aov())
                + " at their usual order value.";
        return answer(ctx, insight, l, "Expected to order by " + ctx.date(until), true);
    }

    /** Nobody is expected in the window: the customers whose expected next order comes soonest after it, instead of nobody. */
    private StagedAnswer soonestToOrder(AnswerContext ctx, int days, LocalDate until) {
        Listing l = list(ctx, "next_order_date >= " + ctx.asOf(), FilterField.NEXT_ORDER_DATE, SOONEST_LIMIT, false);
        String insight = "No customer is expected to order in the next " + days + " days (by " + ctx.date(until) + ").";
        List<CustomerRow> soonest = l.rows();
        if (!soonest.isEmpty()) {
            insight += " Expected soonest after that: " + Words.and(soonest.stream().limit(3)
                    .map(r -> r.name() + " around " + ctx.date(r.nextOrderDate())).toList()) + ".";
        }
        return answer(ctx, insight, l, "Expected to order soonest", true);
    }

    /** Whom "likely to order in the next N days" means: the expected next order falls in those days. */
    static String likelyToOrderRule(LocalDate asOf, int days) {
        return "next_order_date between " + asOf + " and " + asOf.plusDays(days);
    }

    private static boolean spendRanking(String metric) {
        return metric == null || metric.equals("total_spent") || metric.equals("orders");
    }

    /** "Who spent the most last year?": spend in that period, from the order history, not lifetime totals. */
    private StagedAnswer topInPeriod(AnswerContext ctx) {
        Interpretation.Period period = ctx.interpretation().period();
        int limit = ctx.interpretation().limit() == null ? DEFAULT_LIMIT : ctx.interpretation().limit();
        boolean byOrders = "orders".equals(ctx.interpretation().metric());
        List<SpendInPeriod.Spender> spenders = byOrders
                ? spend.topByOrders(ctx.workspace(), period.from(), period.until(), ctx.figures().timeZone(), limit)
                : spend.top(ctx.workspace(), period.from(), period.until(), ctx.figures().timeZone(), limit);
        String span = ctx.span(period);
        if (spenders.isEmpty()) {
            return new StagedAnswer(ctx.question(), ctx.interpretation(), "Nobody ordered " + period.words() + " (" + span
                    + ").", List.of(), null, "rules");
        }
        List<CustomerRow> rows = periodRows(ctx, spenders);
        BigDecimal sum = spenders.stream().map(SpendInPeriod.Spender::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        long orderCount = spenders.stream().mapToLong(SpendInPeriod.Spender::orders).sum();
        String insight = byOrders
                ? "Who ordered the most " + period.words() + " (" + span + "): " + rows.get(0).name() + " with "
                + Words.count(spenders.get(0).orders(), "order") + "; your top " + Words.count(rows.size(), "customer")
                + " placed " + Words.count(orderCount, "order") + " together (" + ctx.money(sum) + ")."
                : "Who spent the most " + period.words() + " (" + span + "): " + rows.get(0).name() + " with "
                + ctx.money(spenders.get(0).spent()) + "; your top " + Words.count(rows.size(), "customer") + " spent "
                + ctx.money(sum) + " together.";
        List<CardSource> cards = List.of(CardSource.of(new CustomerListCard((byOrders ? "Top customers by orders "
                : "Top customers by spend ") + period.words(), rows.size(), byOrders ? "-orders" : "-total_spent", rows)));
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight, cards, null, "rules");
    }

    /** The spenders' rows in their order, each with what they spent and ordered in the period instead of in all. */
    List<CustomerRow> periodRows(AnswerContext ctx, List<SpendInPeriod.Spender> spenders) {
        Map<String, CustomerRow> byId = new java.util.HashMap<>();
        String ids = spenders.stream().map(s -> Words.literal(s.customerId())).collect(java.util.stream.Collectors.joining(", "));
        facts.customers(ctx.workspace(), Filters.parse("customer_id in (" + ids + ")"), ctx.asOf(), FilterField.TOTAL_SPENT,
                true, spenders.size()).forEach(r -> byId.put(r.customerId(), r));
        return spenders.stream().filter(s -> byId.containsKey(s.customerId()))
                .map(s -> byId.get(s.customerId()).withSpent(s.spent(), (int) s.orders())).toList();
    }

    /** Any filter expression the caller (the language model) wrote, run through the same parameterised SQL. */
    StagedAnswer filtered(AnswerContext ctx, String rule, FilterField sort, boolean descending, int limit) {
        Listing l = list(ctx, rule, sort, limit, descending);
        String insight = Words.count(l.totals.customers(), "customer") + " " + Words.verb(l.totals.customers(),
                "matches", "match") + " " + Filters.render(l.filter) + ", worth " + ctx.money(l.totals.totalSpent())
                + " spent so far and " + ctx.money(l.totals.clv()) + " predicted over the next 12 months.";
        return answer(ctx, insight, l, "Customers matching the filter", false);
    }

    /** The totals at once (most sentences need only them); the rows when first asked for, by a sentence or its card. */
    private static final class Listing {
        final FilterExpression filter;
        final FactsQueries.Totals totals;
        final String sortedBy;
        private final Supplier<List<CustomerRow>> query;
        private List<CustomerRow> rows;

        Listing(FilterExpression filter, FactsQueries.Totals totals, String sortedBy, Supplier<List<CustomerRow>> query) {
            this.filter = filter;
            this.totals = totals;
            this.sortedBy = sortedBy;
            this.query = query;
        }

        List<CustomerRow> rows() {
            if (rows == null) {
                rows = query.get();
            }
            return rows;
        }
    }

    private Listing list(AnswerContext ctx, String rule, FilterField sort, int limit) {
        return list(ctx, rule, sort, limit, true);
    }

    private Listing list(AnswerContext ctx, String rule, FilterField sort, int limit, boolean descending) {
        FilterExpression filter = Filters.parse(rule);
        return new Listing(filter, facts.totals(ctx.workspace(), filter, ctx.asOf()), (descending ? "-" : "") + sort.fieldName(),
                () -> facts.customers(ctx.workspace(), filter, ctx.asOf(), sort, descending, limit));
    }

    private StagedAnswer answer(AnswerContext ctx, String insight, Listing l, String title, boolean withActions) {
        List<CardSource> cards = new ArrayList<>();
        cards.add(() -> Optional.of(new CustomerListCard(title, l.totals.customers(), l.sortedBy, l.rows())));
        if (withActions) {
            cards.add(() -> {
                List<ActionItem> items = actions.forCustomers(ctx.workspace(), l.rows());
                return items.isEmpty() ? Optional.empty() : Optional.of(new ActionsCard("Recommended actions", items));
            });
        }
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight, cards, Filters.render(l.filter), "rules");
    }
}
