package com.scudo.analytics.internal;

import com.scudo.analytics.ScoredCustomer;
import com.scudo.shared.Figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.scudo.analytics.internal.Words.count;
import static com.scudo.analytics.internal.Words.days;
import static com.scudo.analytics.internal.Words.decimal;
import static com.scudo.analytics.internal.Words.percent;

/**
 * The reasons behind a customer's scores in words, keyed rfm, churn, expected_orders, clv, next_order and lifecycle,
 * written when they are read from the stored row and its {@link ReasonFacts}, in the shop's currency and locale.
 */
final class Reasons {
    private Reasons() {
    }

    /** A score row's figures as the reasons quote them. */
    record Scored(int orders, double totalSpent, int daysSinceLastOrder, int tenureDays, int r, int f, int m,
                  double churn, double churnLow, double churnHigh, double pAlive, double expectedOrders, double clv,
                  LocalDate nextOrderDate) {

        static Scored of(ScoredCustomer.Scores s) {
            return new Scored(whole(s.orders()), number(s.totalSpent()), whole(s.daysSinceLastOrder()),
                    whole(s.tenureDays()), whole(s.rScore()), whole(s.fScore()), whole(s.mScore()), number(s.churn()),
                    number(s.churnLow()), number(s.churnHigh()), number(s.pAlive()), number(s.expectedOrders()),
                    number(s.clv()), s.nextOrderDate());
        }

        private static int whole(Integer n) {
            return n == null ? 0 : n;
        }

        private static double number(BigDecimal n) {
            return n == null ? Double.NaN : n.doubleValue();
        }
    }

    /** Empty when the row has no facts (scored before reasons were written on read, or damaged). */
    static Map<String, String> of(Scored c, ReasonFacts facts, Figures money) {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (facts == null) {
            return reasons;
        }
        reasons.put("rfm", rfm(c, facts, money));
        reasons.put("churn", churn(c, facts));
        reasons.put("expected_orders", "Expected " + decimal(c.expectedOrders()) + " orders in the next "
                + facts.horizonDays() + " days, from " + count(c.orders(), "order") + " over " + days(c.tenureDays())
                + " and a " + percent(c.pAlive()) + " chance they are still an active customer.");
        reasons.put("clv", "Predicted " + facts.clvMonths() + "-month value " + Words.money(money, c.clv())
                + ": expected future orders at about " + Words.money(money, facts.spendPerOrder()) + " each, discounted "
                + percent(facts.monthlyDiscountRate()) + " a month.");
        if (c.nextOrderDate() != null) {
            reasons.put("next_order", nextOrder(c, facts, money));
        } else if (c.churn() >= Scorer.NO_NEXT_ORDER_CHURN) {
            reasons.put("next_order", "No next-order date: with a churn risk of " + percent(c.churn())
                    + " no order in the next " + facts.churnHorizonDays() + " days is likelier than one, so a date"
                    + " would mislead.");
        }
        reasons.put("lifecycle", facts.lifecycleRule().stage() + ": " + lifecycle(c, facts, money));
        return reasons;
    }

    private static String rfm(Scored c, ReasonFacts facts, Figures money) {
        RfmGroup group = RfmGroup.of(c.r(), c.f(), c.m());
        String basis = facts.smallShopScale() ? "small-shop scale" : "compared with the other customers of this shop";
        return "RFM " + c.r() + c.f() + c.m() + " (" + group.label() + "): last order " + days(c.daysSinceLastOrder())
                + " ago (recency " + c.r() + "/5), " + count(c.orders(), "order") + " (frequency " + c.f() + "/5), "
                + Words.money(money, c.totalSpent()) + " spent (monetary " + c.m() + "/5), " + basis + ". "
                + group.explanation(c.r(), c.f(), c.m()) + ".";
    }

    private static String churn(Scored c, ReasonFacts facts) {
        String head = "Churn risk " + percent(c.churn()) + ", the chance of no order in the next "
                + facts.churnHorizonDays() + " days (likely between " + percent(c.churnLow()) + " and "
                + percent(c.churnHigh()) + "): ";
        if (facts.purchaseDays() == 1) {
            return head + "one purchase so far, " + days(c.daysSinceLastOrder())
                    + " ago; many one-time buyers never come back, and the chance falls the longer they stay away.";
        }
        double usual = facts.typicalGapDays();
        double gapsPassed = c.daysSinceLastOrder() / Math.max(1.0, usual);
        String pace = days(c.daysSinceLastOrder()) + " since the last order; this customer usually orders every "
                + days(Math.round(usual));
        if (gapsPassed <= 1.0) {
            return head + pace + ", so they are within their usual rhythm.";
        }
        return head + pace + ", so about " + decimal(gapsPassed) + " usual gaps have passed without an order.";
    }

    private static String nextOrder(Scored c, ReasonFacts facts, Figures money) {
        String when = "Next order expected around " + money.date(c.nextOrderDate()) + " (even odds of an order by then";
        if (c.churn() >= facts.atRiskChurn()) {
            return when + ", only if they are still active: churn risk " + percent(c.churn()) + ").";
        }
        return when + ", given " + count(facts.purchaseDays(), "purchase day") + " so far).";
    }

    private static String lifecycle(Scored c, ReasonFacts facts, Figures money) {
        double threshold = facts.ruleThreshold();
        return switch (facts.lifecycleRule()) {
            case NEW -> "First order " + days(c.tenureDays()) + " ago and " + count(c.orders(), "order")
                    + (facts.purchaseDays() < c.orders() ? " on " + count(facts.purchaseDays(), "day") : "") + " so far.";
            case DORMANT_BY_DAYS -> "No order for " + days(c.daysSinceLastOrder()) + " (dormant after "
                    + Math.round(threshold) + " days); a win-back case.";
            case DORMANT_BY_CHURN -> "Churn risk " + percent(c.churn()) + ": after " + days(c.daysSinceLastOrder())
                    + " without an order they have most likely stopped buying (dormant from " + percent(threshold)
                    + "); a win-back case.";
            case AT_RISK -> "Churn risk " + percent(c.churn()) + " is at or above " + percent(threshold)
                    + " but they are still likely to buy: worth saving before they go.";
            case VIP -> "Spent " + Words.money(money, c.totalSpent()) + " (VIP from " + Words.money(money, threshold)
                    + ") with a churn risk of " + percent(c.churn()) + ".";
            case ACTIVE -> "Buying at their usual pace; churn risk " + percent(c.churn()) + ".";
        };
    }
}
