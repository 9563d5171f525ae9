package com.scudo.assistant.internal;

import com.scudo.analytics.AtRisk;
import com.scudo.analytics.WorkspaceScores;
import com.scudo.assistant.Interpretation;
import com.scudo.assistant.StagedAnswer;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * "How many customers do I have?", "How is my shop doing?", "What was our revenue this year?": the shop's headline
 * figures, the same the overview page shows, with the revenue and orders of the period the question names.
 */
@Component
class ShopAnswers {
    private final WorkspaceScores scores;
    private final AtRisk atRisk;
    private final SegmentAnswers segments;
    private final com.scudo.analytics.AnalyticsSettings settings;
    private final ShopShares shares;
    private final RefundShares refunds;
    private final InteractionShares interactions;
    private final CategoryShares categories;
    private final com.scudo.ingest.HeldOrdersNote held;

    ShopAnswers(WorkspaceScores scores, AtRisk atRisk, SegmentAnswers segments,
                com.scudo.analytics.AnalyticsSettings settings, ShopShares shares, RefundShares refunds,
                InteractionShares interactions, CategoryShares categories, com.scudo.ingest.HeldOrdersNote held) {
        this.held = held;
        this.interactions = interactions;
        this.categories = categories;
        this.refunds = refunds;
        this.settings = settings;
        this.shares = shares;
        this.scores = scores;
        this.atRisk = atRisk;
        this.segments = segments;
    }

    StagedAnswer overview(AnswerContext ctx) {
        WorkspaceScores.Totals totals = scores.totals(ctx.workspace());
        if (totals.customers() == 0) {
            return new StagedAnswer(ctx.question(), ctx.interpretation(), "The shop has no customers yet: import its "
                    + "history or send its orders, then ask again.", List.of(), null, "rules");
        }
        // Days are the shop's calendar days, so "this month" ends at the shop's midnight, not UTC's.
        List<WorkspaceScores.DailyRevenue> days = scores.revenueByDay(ctx.workspace(), ctx.figures().timeZone());
        Interpretation.Period period = ctx.interpretation().period();
        StringBuilder insight = new StringBuilder();
        Takings all = Takings.of(days);
        List<WorkspaceScores.DailyRevenue> askedDays = period == null ? days : Takings.between(days, period.from(), period.until());
        String when = period == null ? "since the first order" : period.words();
        Takings asked = period == null ? all : Takings.of(askedDays);
        if (period != null) {
            insight.append(Words.capitalise(period.words())).append(" (").append(ctx.span(period))
                    .append("): ").append(revenue(ctx, asked)).append(". ");
            TimeWords.comparedWith(Utterance.of(ctx.question()).text(), ctx.asOf(), ctx.figures().timeZone())
                    .filter(other -> !other.equals(period))
                    .ifPresent(other -> insight.append(comparison(ctx, days, period, asked, other)).append(" "));
        }
        AtRisk.Figures risk = atRisk.figures(ctx.workspace());
        String metric = ctx.interpretation().metric();
        if ("aov".equals(metric) && period == null) {
            // with a period, its sentence above says the value per order
            insight.append(shares.orderValue(ctx, all)).append(" ");
        }
        if ("lifecycle".equals(metric)) {
            insight.append(shares.lifecycleMix(ctx)).append(" ");
        }
        if ("repeat_rate".equals(metric)) {
            insight.append(shares.repeatRate(ctx, totals.customers())).append(" ");
        }
        if ("order_gap".equals(metric)) {
            insight.append(shares.orderGaps(ctx)).append(" ");
        }
        if (metric != null && metric.startsWith("customers_by_")) {
            insight.append(shares.byPlace(ctx, metric.substring("customers_by_".length()), totals.customers(), false))
                    .append(" ");
        }
        if (metric != null && metric.startsWith("spend_by_")) {
            insight.append(shares.byPlace(ctx, metric.substring("spend_by_".length()), totals.customers(), true)).append(" ");
        }
        if ("interactions".equals(metric)) {
            insight.append(interactions.sentence(ctx, period)).append(" ");
        }
        if ("refunds".equals(metric)) {
            insight.append(refunds.sentence(ctx, period)).append(" ");
        }
        if ("categories".equals(metric)) {
            insight.append(categories.categories(ctx, period, asked.revenue())).append(" ");
        }
        if ("new_customers".equals(metric)) {
            insight.append(shares.newCustomers(ctx, period)).append(" ");
        }
        if ("revenue_by_channel".equals(ctx.interpretation().metric())) {
            insight.append(byChannel(ctx, period)).append(" ");
        }
        if ("revenue_per_customer".equals(metric)) {
            insight.append(shares.revenuePerCustomer(ctx, all)).append(" ");
        }
        if ("orders_per_customer".equals(metric)) {
            insight.append(shares.ordersPerCustomer(ctx, all)).append(" ");
        }
        if ("buyers".equals(metric)) {
            insight.append(shares.customersWhoOrdered(ctx, period)).append(" ");
        }
        if ("per_day".equals(metric)) {
            insight.append(ShopShares.perDay(ctx, days, period)).append(" ");
        }
        if ("best_month".equals(metric)) {
            insight.append(BestMonths.sentence(ctx, askedDays, when)).append(" ");
        }
        if ("revenue_by_weekday".equals(metric)) {
            insight.append(Weekdays.sentence(ctx, askedDays, when)).append(" ");
        }
        if ("revenue_by_month".equals(ctx.interpretation().metric()) && period == null) {
            insight.append(byMonth(ctx, days)).append(" ");
        }
        if ("clv".equals(ctx.interpretation().metric()) && totals.scored() > 0 && totals.totalClv() != null) {
            insight.append("Predicted 12-month value (CLV) averages ").append(ctx.money(totals.totalClv()
                    .divide(BigDecimal.valueOf(totals.scored()), 2, RoundingMode.HALF_UP))).append(" per scored customer, ")
                    .append(ctx.money(totals.totalClv())).append(" across ").append(Words.count(totals.scored(), "customer"))
                    .append(". ");
        }
        if ("score_trend".equals(metric)) {
            insight.append(ScoreTrend.sentence(ctx, scores, period)).append(" ");
        }
        if ("forecast".equals(metric) && totals.scored() > 0 && totals.totalClv() != null) {
            insight.append(RevenueForecast.sentence(ctx, totals.totalClv(), settings.forecast().clvMonths())).append(" ");
        }
        if ("expected_churn".equals(metric) && totals.scored() > 0) {
            // each churn risk is one customer's chance of no order in the horizon: their sum is the number to expect
            long expected = totals.averageChurn().multiply(BigDecimal.valueOf(totals.scored()))
                    .setScale(0, RoundingMode.HALF_UP).longValue();
            insight.append("Of your ").append(Words.count(totals.scored(), "scored customer")).append(", about ")
                    .append(expected).append(" are expected to place no order in the next ")
                    .append(settings.forecast().churnHorizonDays()).append(" days (their churn risks added up); ")
                    .append(risk.dormant()).append(" of all customers are dormant already and ").append(risk.customers())
                    .append(" at risk, the ones worth saving. ");
        }
        if ("churn".equals(ctx.interpretation().metric()) && totals.scored() > 0) {
            // "What is our churn rate?": the average of the customers' churn risks, with the horizon it is over.
            insight.append("Churn risk averages ").append(ctx.percent(totals.averageChurn())).append(" across the ")
                    .append(Words.count(totals.scored(), "scored customer")).append(": the chance of no order in the next ")
                    .append(settings.forecast().churnHorizonDays()).append(" days. ");
        }
        insight.append(period == null ? "You have " : "All told, you have ").append(Words.count(totals.customers(), "customer"));
        // orders waiting for an exchange rate count nowhere: say so, or the shop looks emptier than it is
        String heldNote = held.of(ctx.workspace()).map(note -> " " + note).orElse("");
        if (totals.scored() == 0) {
            insight.append(heldNote.isEmpty() ? ", none scored yet: run the analytics to see their value and risk."
                    : ", none scored yet." + heldNote);
            heldNote = "";
        } else {
            insight.append("; since the first order ").append(revenue(ctx, all)).append(", and ")
                    .append(ctx.money(totals.totalClv())).append(" predicted over the next 12 months. ")
                    .append(Words.count(risk.customers(), "customer")).append(" ").append(Words.verb(risk.customers(), "is", "are"))
                    .append(" at risk (").append(ctx.money(risk.revenueAtRisk())).append(" of predicted value at stake) and ")
                    .append(risk.dormant()).append(" dormant.");
        }
        insight.append(heldNote);
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight.toString().strip(),
                segments.list(ctx).cards(), null, "rules");
    }

    /** "By channel since the first order: web $40,100 (52%, 350 orders), mobile $25,600 (33%, 210 orders), …; web brings the most." */
    private String byChannel(AnswerContext ctx, Interpretation.Period period) {
        List<WorkspaceScores.ChannelRevenue> channels = scores.revenueByChannel(ctx.workspace(), ctx.figures().timeZone(),
                period == null ? null : period.from(), period == null ? null : period.until());
        BigDecimal total = channels.stream().map(WorkspaceScores.ChannelRevenue::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (channels.isEmpty() || total.signum() == 0) {
            return "No orders by channel" + (period == null ? " yet." : " " + period.words() + ".");
        }
        List<String> parts = new java.util.ArrayList<>();
        for (WorkspaceScores.ChannelRevenue c : channels) {
            parts.add(c.channel() + " " + ctx.money(c.revenue()) + " (" + ctx.percent(c.revenue().divide(total, 4,
                    RoundingMode.HALF_UP)) + ", " + Words.count(c.orders(), "order") + ")");
        }
        return (period == null ? "By channel since the first order: " : "By channel " + period.words() + ": ")
                + String.join(", ", parts) + "; " + channels.get(0).channel() + " brings the most.";
    }

    /** Months shown by "what is the revenue trend?": the score date's month and the five before. */
    private static final int TREND_MONTHS = 6;

    /**
     * "Revenue by month: Jul 2026 $3,210 (28 orders), …, Dec 2026 so far $412 (4 orders). November was 12% above October."
     * Months end at the shop's midnight (the days are the shop's calendar days).
     */
    private static String byMonth(AnswerContext ctx, List<WorkspaceScores.DailyRevenue> days) {
        java.time.YearMonth last = java.time.YearMonth.from(ctx.asOf());
        java.util.Map<java.time.YearMonth, BigDecimal> revenue = new java.util.TreeMap<>();
        java.util.Map<java.time.YearMonth, Long> orders = new java.util.TreeMap<>();
        for (int back = TREND_MONTHS - 1; back >= 0; back--) {
            revenue.put(last.minusMonths(back), BigDecimal.ZERO);
            orders.put(last.minusMonths(back), 0L);
        }
        for (WorkspaceScores.DailyRevenue d : days) {
            java.time.YearMonth month = java.time.YearMonth.from(d.date());
            if (revenue.containsKey(month) && !d.date().isAfter(ctx.asOf())) {
                revenue.merge(month, d.revenue() == null ? BigDecimal.ZERO : d.revenue(), BigDecimal::add);
                orders.merge(month, d.orders(), Long::sum);
            }
        }
        java.time.format.DateTimeFormatter name = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy",
                ctx.figures().locale());
        List<String> parts = new java.util.ArrayList<>();
        revenue.forEach((month, total) -> parts.add(name.format(month) + (month.equals(last) ? " so far " : " ")
                + ctx.money(total) + " (" + Words.count(orders.get(month), "order") + ")"));
        StringBuilder text = new StringBuilder("Revenue by month: ").append(String.join(", ", parts)).append(".");
        BigDecimal full = revenue.get(last.minusMonths(1));
        BigDecimal before = revenue.get(last.minusMonths(2));
        if (before.signum() > 0) {
            BigDecimal change = full.subtract(before).divide(before, 4, RoundingMode.HALF_UP);
            java.time.format.DateTimeFormatter month = java.time.format.DateTimeFormatter.ofPattern("MMMM", ctx.figures().locale());
            text.append(" ").append(Words.capitalise(month.format(last.minusMonths(1)))).append(" was ")
                    .append(ctx.percent(change.abs())).append(change.signum() >= 0 ? " above " : " below ")
                    .append(month.format(last.minusMonths(2))).append(".");
        }
        return text.toString();
    }

    /**
     * "Against last year (Jan 1, 2025 – Dec 31, 2025): $41,200 revenue from 330 orders ($125 per order); revenue 13%
     * lower, 40 fewer orders (this year so far against the whole of last year)."
     */
    private static String comparison(AnswerContext ctx, List<WorkspaceScores.DailyRevenue> days, Interpretation.Period period,
                                     Takings now, Interpretation.Period other) {
        Takings then = Takings.of(Takings.between(days, other.from(), other.until()));
        StringBuilder text = new StringBuilder("Against ").append(other.words().replaceFirst("^in ", "")).append(" (")
                .append(ctx.span(other)).append("): ").append(revenue(ctx, then));
        if (then.revenue().signum() > 0) {
            BigDecimal change = now.revenue().subtract(then.revenue()).divide(then.revenue(), 4, RoundingMode.HALF_UP);
            text.append("; revenue ").append(change.signum() == 0 ? "the same" : ctx.percent(change.abs())
                    + (change.signum() > 0 ? " higher" : " lower"));
            long diff = now.orders() - then.orders();
            text.append(", ").append(diff == 0 ? "as many orders" : Math.abs(diff) + (diff > 0 ? " more" : " fewer")
                    + (Math.abs(diff) == 1 ? " order" : " orders"));
        }
        boolean running = period.until().isAfter(ctx.asOf()) && !other.until().isAfter(ctx.asOf());
        if (running) {
            text.append(" (").append(period.words().replaceFirst("^in ", "")).append(" so far against the whole of ")
                    .append(other.words().replaceFirst("^in ", "")).append(")");
        }
        return text.append(".").toString();
    }

    /** "$725 revenue from 6 orders ($121 per order)", or that there were none. */
    private static String revenue(AnswerContext ctx, Takings takings) {
        if (takings.orders() == 0) {
            return "no orders";
        }
        return ctx.money(takings.revenue()) + " revenue from " + Words.count(takings.orders(), "order") + " ("
                + ctx.money(takings.perOrder()) + " per order)";
    }
}
