package com.scudo.analytics.internal;

import com.scudo.analytics.AnalyticsSettings;
import com.scudo.shared.Figures;

import static com.scudo.analytics.internal.Words.percent;

/** Lifecycle stage from a customer's figures and churn; first matching rule wins (see {@link AnalyticsSettings.Lifecycle}). */
final class LifecycleRules {
    private final AnalyticsSettings.Lifecycle rules;
    private final Figures figures;

    LifecycleRules(AnalyticsSettings.Lifecycle rules, Figures figures) {
        this.rules = rules;
        this.figures = figures;
    }

    private String money(double amount) {
        return Words.money(figures, amount);
    }

    record Stage(String name, String reason) {
    }

    Stage stageOf(CustomerFigures figures, double churn) {
        if (figures.tenureDays() <= rules.newDays() && figures.orders() <= rules.newMaxOrders()) {
            return new Stage("New", "First order " + Words.days(figures.tenureDays()) + " ago and "
                    + Words.count(figures.orders(), "order") + " so far.");
        }
        if (figures.daysSinceLastOrder() >= rules.dormantDays()) {
            return new Stage("Dormant", "No order for " + Words.days(figures.daysSinceLastOrder())
                    + " (dormant after " + rules.dormantDays() + " days); a win-back case.");
        }
        if (churn >= rules.lostChurn()) {
            return new Stage("Dormant", "Churn risk " + percent(churn) + ": after " + Words.days(figures.daysSinceLastOrder())
                    + " without an order they have most likely stopped buying (dormant from " + percent(rules.lostChurn())
                    + "); a win-back case.");
        }
        // Before VIP: a big spender who is slipping is the first customer worth saving.
        if (churn >= rules.atRiskChurn()) {
            return new Stage("At-Risk", "Churn risk " + percent(churn) + " is at or above " + percent(rules.atRiskChurn())
                    + " but they are still likely to buy: worth saving before they go.");
        }
        if (figures.totalSpent() >= rules.vipSpent() && churn < rules.vipMaxChurn()) {
            return new Stage("VIP", "Spent " + money(figures.totalSpent()) + " (VIP from " + money(rules.vipSpent())
                    + ") with a churn risk of " + percent(churn) + ".");
        }
        return new Stage("Active", "Buying at their usual pace; churn risk " + percent(churn) + ".");
    }
}
