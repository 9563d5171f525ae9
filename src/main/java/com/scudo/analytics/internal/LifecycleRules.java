package com.scudo.analytics.internal;

import com.scudo.analytics.AnalyticsSettings;

/**
 * Lifecycle stage from a customer's figures and churn; first matching rule wins (see {@link AnalyticsSettings.Lifecycle}).
 * The reason in words is written from the rule when the scores are read ({@link Reasons}).
 */
final class LifecycleRules {
    private final AnalyticsSettings.Lifecycle rules;

    LifecycleRules(AnalyticsSettings.Lifecycle rules) {
        this.rules = rules;
    }

    /** The rules in the order they are checked; two of them name a customer Dormant. */
    enum Rule {
        NEW("New", "N"), DORMANT_BY_DAYS("Dormant", "D"), DORMANT_BY_CHURN("Dormant", "L"), AT_RISK("At-Risk", "A"),
        VIP("VIP", "V"), ACTIVE("Active", "C");

        private final String stage;
        private final String code;

        Rule(String stage, String code) {
            this.stage = stage;
            this.code = code;
        }

        String stage() {
            return stage;
        }

        String code() {
            return code;
        }

        static Rule ofCode(String code) {
            for (Rule r : values()) {
                if (r.code.equals(code)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown lifecycle rule " + code);
        }
    }

    /** @param threshold the rule's setting, for its reason: dormant days, lost churn, at-risk churn or VIP spend */
    record Stage(Rule rule, double threshold) {
        String name() {
            return rule.stage();
        }
    }

    Stage stageOf(CustomerFigures figures, double churn) {
        // Purchase days, as the models count them: three orders placed on the first day are one visit, not a habit.
        if (figures.tenureDays() <= rules.newDays() && figures.purchaseDays() <= rules.newMaxOrders()) {
            return new Stage(Rule.NEW, 0);
        }
        if (figures.daysSinceLastOrder() >= rules.dormantDays()) {
            return new Stage(Rule.DORMANT_BY_DAYS, rules.dormantDays());
        }
        if (churn >= rules.lostChurn()) {
            return new Stage(Rule.DORMANT_BY_CHURN, rules.lostChurn());
        }
        // Before VIP: a big spender who is slipping is the first customer worth saving.
        if (churn >= rules.atRiskChurn()) {
            return new Stage(Rule.AT_RISK, rules.atRiskChurn());
        }
        if (figures.totalSpent() >= rules.vipSpent() && churn < rules.vipMaxChurn()) {
            return new Stage(Rule.VIP, rules.vipSpent());
        }
        return new Stage(Rule.ACTIVE, 0);
    }
}
