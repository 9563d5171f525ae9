package com.scudo.analytics.internal;

import com.scudo.analytics.AnalyticsSettings;

import static com.scudo.analytics.internal.Words.money;
import static com.scudo.analytics.internal.Words.percent;

/** Lifecycle stage from a customer's figures and churn; first matching rule wins (see {@link AnalyticsSettings.Lifecycle}). */
final class LifecycleRules {
    private final AnalyticsSettings.Lifecycle rules;

    LifecycleRules(AnalyticsSettings.Lifecycle rules) {
        this.rules = rules;
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
                    + " (dormant after " + rules.dormantDays() + " days).");
        }
        if (figures.totalSpent() >= rules.vipSpent() && churn < rules.vipMaxChurn()) {
            return new Stage("VIP", "Spent " + money(figures.totalSpent()) + " (VIP from " + money(rules.vipSpent())
                    + ") with a churn risk of " + percent(churn) + ".");
        }
        if (churn >= rules.atRiskChurn()) {
            return new Stage("At-Risk", "Churn risk " + percent(churn) + " is at or above "
                    + percent(rules.atRiskChurn()) + ".");
        }
        return new Stage("Active", "Buying at their usual pace; churn risk " + percent(churn) + ".");
    }
}
