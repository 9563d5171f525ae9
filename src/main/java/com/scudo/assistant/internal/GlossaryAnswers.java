package com.scudo.assistant.internal;

import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.AtRisk;
import com.scudo.analytics.WorkspaceScores;
import com.scudo.assistant.StagedAnswer;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a word means, in the words and with the thresholds the scores use (the shop's settings), followed by the shop's
 * own figure: "What does CLV mean?", "How is churn calculated?", "the difference between at risk and dormant".
 */
@Component
class GlossaryAnswers {
    private final AnalyticsSettings settings;
    private final WorkspaceScores scores;
    private final AtRisk atRisk;

    GlossaryAnswers(AnalyticsSettings settings, WorkspaceScores scores, AtRisk atRisk) {
        this.settings = settings;
        this.scores = scores;
        this.atRisk = atRisk;
    }

    StagedAnswer answer(AnswerContext ctx) {
        String keys = ctx.interpretation().metric() == null ? "churn" : ctx.interpretation().metric();
        List<String> parts = new ArrayList<>();
        boolean riskSaid = false;
        for (String key : keys.split(",")) {
            boolean risk = RISK_KEYS.contains(key);
            // "at risk and dormant": the shop's risk figures once, after the first of them
            parts.add(risk && riskSaid ? meaning(ctx, settings.lifecycle(), settings.forecast(), key) : meaning(ctx, key));
            riskSaid |= risk;
        }
        return new StagedAnswer(ctx.question(), ctx.interpretation(), String.join(" ", parts), List.of(), null, "rules");
    }

    private static final java.util.Set<String> RISK_KEYS = java.util.Set.of("at_risk", "dormant", "revenue_at_risk");

    private static String meaning(AnswerContext ctx, AnalyticsSettings.Lifecycle l, AnalyticsSettings.Forecast f,
                                  String key) {
        return switch (key) {
            case "churn" -> "Churn risk is the chance that a customer places no order in the next " + f.churnHorizonDays()
                    + " days. It comes from the purchase model fitted to this shop's own order history (the model report"
                    + " says which and how well it predicted the shop's last weeks): how often each customer has bought,"
                    + " over how long, and how long ago the last order was. A customer who usually orders every month and"
                    + " has not for three months gets a high risk; one who orders twice a year does not, yet.";
            case "clv" -> "CLV (customer lifetime value) is here the predicted value of a customer's orders over the next "
                    + f.clvMonths() + " months: the orders the purchase model expects from them, times the order value the"
                    + " spend model (Gamma-Gamma) expects for them (their own average, drawn towards the shop's when they"
                    + " have few orders), discounted " + percent(f.monthlyDiscountRate()) + " a month.";
            case "rfm" -> "RFM scores each customer from 1 to 5 on Recency (how recently they ordered), Frequency (how many"
                    + " orders) and Monetary value (how much they spent), each against this shop's other customers (5 is"
                    + " the best fifth). 555 is the best code. The codes are grouped: VIP, Loyal, New, Promising, Slipping,"
                    + " Lost and Regular.";
            case "at_risk" -> "At risk (a lifecycle stage) means still likely to buy but slipping: a churn risk of "
                    + percent(l.atRiskChurn()) + " or more without being dormant. They are worth saving with a retention"
                    + " offer. Dormant customers are gone already (no order for " + l.dormantDays() + " days, or a churn"
                    + " risk of " + percent(l.lostChurn()) + " or more) and need a win-back offer instead.";
            case "dormant" -> "Dormant (a lifecycle stage) means gone: no order for " + l.dormantDays() + " days, or a"
                    + " churn risk of " + percent(l.lostChurn()) + " or more. They need a win-back offer; customers who are"
                    + " slipping but still likely to buy are at risk instead (churn risk of " + percent(l.atRiskChurn())
                    + " or more).";
            case "vip" -> "VIP (a lifecycle stage) means a customer who has spent at least " + ctx.money(BigDecimal.valueOf(l.vipSpent()))
                    + " with a churn risk below " + percent(l.vipMaxChurn()) + ".";
            case "lifecycle" -> "Every customer is in one lifecycle stage, the first that fits: New (first order at most "
                    + l.newDays() + " days ago, orders on at most " + l.newMaxOrders() + " days), Dormant (no order for "
                    + l.dormantDays() + " days, or churn risk of " + percent(l.lostChurn()) + " or more), At-Risk (churn"
                    + " risk of " + percent(l.atRiskChurn()) + " or more), VIP (spent at least " + ctx.money(BigDecimal.valueOf(l.vipSpent()))
                    + " with churn risk below " + percent(l.vipMaxChurn()) + "), otherwise Active.";
            case "p_alive" -> "P(alive) is the model's chance that the customer is still an active buyer, not one who has"
                    + " quietly left for good. Churn risk adds the chance that an active customer simply does not order"
                    + " within the next " + f.churnHorizonDays() + " days.";
            case "expected_orders" -> "Expected orders is how many orders the purchase model expects from a customer over"
                    + " the next " + f.horizonDays() + " days, given how often and how recently they have bought.";
            case "next_order" -> "The next order date is the day by which the customer is as likely as not to have"
                    + " ordered again, from the purchase model; it is left out when the churn risk is high.";
            case "segments" -> "A segment is a named group of customers chosen by a rule over their scores and behaviour,"
                    + " for example churn >= 25% and total_spent > 500 (the filter language). A customer can be in"
                    + " several; the first by priority is their primary segment. Segments are re-assigned after every"
                    + " run and after each customer's new orders.";
            case "engagement" -> "The engagement score (0 to 100) weighs a customer's contacts besides orders over the"
                    + " last 90 days: e-mail opens and support tickets 1 point, site visits 2, e-mail clicks 3, campaign"
                    + " responses 5; it saturates, so a handful of clicks counts and a flood of opens does not dominate.";
            case "aov" -> "Average order value is the revenue divided by the number of orders (net of refunds).";
            case "revenue_at_risk" -> "Revenue at risk is the predicted " + f.clvMonths() + "-month value (CLV) of the"
                    + " at-risk customers: what a retention campaign could keep.";
            case "repeat_rate" -> "The repeat purchase rate is the share of the customers who have ordered who did so more"
                    + " than once.";
            default -> "To bring a shop's history in: upload a CSV on the dashboard's Import page (Shopify's orders"
                    + " export, Scudo's customers, orders and interactions files, or any CSV with its columns named), or"
                    + " run scudo import orders.csv --format shopify --analyze. Live orders come through the REST API"
                    + " (POST /api/v1/orders) or a Shopify connection, and every import can be run again safely: rows"
                    + " already imported are not counted twice.";
        };
    }

    /** The meaning, then the shop's own figure where there is one. */
    private String meaning(AnswerContext ctx, String key) {
        String meaning = meaning(ctx, settings.lifecycle(), settings.forecast(), key);
        WorkspaceScores.Totals totals = scores.totals(ctx.workspace());
        if (totals.scored() == 0) {
            return meaning;
        }
        return switch (key) {
            case "churn" -> meaning + " Here it averages " + ctx.percent(totals.averageChurn()) + " across "
                    + Words.count(totals.scored(), "scored customer") + ".";
            case "clv" -> totals.totalClv() == null ? meaning : meaning + " Here it averages " + ctx.money(totals.totalClv()
                    .divide(BigDecimal.valueOf(totals.scored()), 2, RoundingMode.HALF_UP)) + " per scored customer, "
                    + ctx.money(totals.totalClv()) + " in all.";
            case "at_risk", "revenue_at_risk", "dormant" -> {
                AtRisk.Figures risk = atRisk.figures(ctx.workspace());
                yield meaning + " Here " + Words.count(risk.customers(), "customer") + " " + Words.verb(risk.customers(),
                        "is", "are") + " at risk (" + ctx.money(risk.revenueAtRisk()) + " of predicted value at stake) and "
                        + risk.dormant() + " dormant.";
            }
            default -> meaning;
        };
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).stripTrailingZeros().toPlainString() + "%";
    }
}
