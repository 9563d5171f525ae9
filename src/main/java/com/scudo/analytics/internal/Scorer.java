package com.scudo.analytics.internal;

import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.model.CustomerForecast;
import com.scudo.analytics.model.FittedModels;
import com.scudo.analytics.model.ForecastSettings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.scudo.analytics.internal.Words.count;
import static com.scudo.analytics.internal.Words.days;
import static com.scudo.analytics.internal.Words.decimal;
import static com.scudo.analytics.internal.Words.percent;

/** Turns one customer's figures into scores, a lifecycle stage and the reasons for each, in words. */
final class Scorer {
    private static final double MAX_NEXT_ORDER_WEEKS = 104;
    /**
     * At or above this churn risk (no order in the churn horizon is likelier than one) no next-order date is given;
     * between the At-Risk threshold and this it is qualified.
     */
    static final double NO_NEXT_ORDER_CHURN = 0.5;
    private final LocalDate asOf;
    private final RfmScale rfm;
    private final FittedModels models;
    private final ForecastSettings forecastSettings;
    private final LifecycleRules lifecycle;
    private final AnalyticsSettings settings;

    private final com.scudo.shared.Figures money;

    /** {@code money}: the shop's reporting currency and locale, for the amounts in the reasons. */
    Scorer(LocalDate asOf, RfmScale rfm, FittedModels models, AnalyticsSettings settings, com.scudo.shared.Figures money) {
        this.asOf = asOf;
        this.money = money;
        this.rfm = rfm;
        this.models = models;
        this.settings = settings;
        AnalyticsSettings.Forecast forecast = settings.forecast();
        this.forecastSettings = new ForecastSettings(forecast.horizonDays() / 7.0, forecast.churnHorizonDays() / 7.0,
                forecast.clvMonths(), forecast.monthlyDiscountRate());
        this.lifecycle = new LifecycleRules(settings.lifecycle(), money);
    }

    CustomerScore score(CustomerFigures figures) {
        int r = rfm.recencyScore(figures.daysSinceLastOrder());
        int f = rfm.frequencyScore(figures.orders());
        int m = rfm.monetaryScore(figures.totalSpent());
        RfmGroup group = RfmGroup.of(r, f, m);
        CustomerForecast forecast = models.forecast(figures.purchases(), forecastSettings);
        // Beyond two years a "next order date" is no forecast a merchant can act on: leave it empty.
        // So is a date for a customer who more likely places no order in the churn horizon than one: it would read as a promise.
        LocalDate nextOrder = Double.isFinite(forecast.weeksToNextOrder()) && forecast.weeksToNextOrder() <= MAX_NEXT_ORDER_WEEKS
                && forecast.churn() < NO_NEXT_ORDER_CHURN
                ? asOf.plusDays(Math.max(1, Math.round(forecast.weeksToNextOrder() * 7))) : null;
        LifecycleRules.Stage stage = lifecycle.stageOf(figures, forecast.churn());
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("rfm", rfmReason(figures, r, f, m, group));
        reasons.put("churn", churnReason(figures, forecast));
        reasons.put("expected_orders", expectedOrdersReason(figures, forecast));
        reasons.put("clv", clvReason(forecast));
        if (nextOrder != null) {
            reasons.put("next_order", nextOrderReason(figures, forecast, nextOrder));
        } else if (forecast.churn() >= NO_NEXT_ORDER_CHURN) {
            reasons.put("next_order", "No next-order date: with a churn risk of " + percent(forecast.churn())
                    + " no order in the next " + settings.forecast().churnHorizonDays() + " days is likelier than one, so a date"
                    + " would mislead.");
        }
        reasons.put("lifecycle", stage.name() + ": " + stage.reason());
        return new CustomerScore(figures, r, f, m, group, forecast, nextOrder, stage.name(), reasons);
    }

    private String rfmReason(CustomerFigures c, int r, int f, int m, RfmGroup group) {
        String basis = rfm.fixed() ? "small-shop scale" : "compared with the other customers of this shop";
        return "RFM " + r + f + m + " (" + group.label() + "): last order " + days(c.daysSinceLastOrder())
                + " ago (recency " + r + "/5), " + count(c.orders(), "order") + " (frequency " + f + "/5), "
                + Words.money(money, c.totalSpent()) + " spent (monetary " + m + "/5), " + basis + ". " + group.explanation(r, f, m) + ".";
    }

    private String churnReason(CustomerFigures c, CustomerForecast p) {
        String head = "Churn risk " + percent(p.churn()) + ", the chance of no order in the next "
                + settings.forecast().churnHorizonDays() + " days (likely between " + percent(p.churnLow()) + " and "
                + percent(p.churnHigh()) + "): ";
        if (c.purchaseDays() == 1) {
            return head + "one purchase so far, " + days(c.daysSinceLastOrder())
                    + " ago; many one-time buyers never come back, and the chance falls the longer they stay away.";
        }
        double usual = c.typicalGapDays();
        double gapsPassed = c.daysSinceLastOrder() / Math.max(1.0, usual);
        String pace = days(c.daysSinceLastOrder()) + " since the last order; this customer usually orders every "
                + days(Math.round(usual));
        if (gapsPassed <= 1.0) {
            return head + pace + ", so they are within their usual rhythm.";
        }
        return head + pace + ", so about " + decimal(gapsPassed) + " usual gaps have passed without an order.";
    }

    private String expectedOrdersReason(CustomerFigures c, CustomerForecast p) {
        return "Expected " + decimal(p.expectedOrders()) + " orders in the next "
                + settings.forecast().horizonDays() + " days, from " + count(c.orders(), "order") + " over "
                + days(c.tenureDays()) + " and a " + percent(p.pAlive()) + " chance they are still an active customer.";
    }

    private String clvReason(CustomerForecast p) {
        AnalyticsSettings.Forecast f = settings.forecast();
        return "Predicted " + f.clvMonths() + "-month value " + Words.money(money, p.clv()) + ": expected future orders at about "
                + Words.money(money, p.expectedSpendPerOrder()) + " each, discounted " + percent(f.monthlyDiscountRate())
                + " a month.";
    }

    private String nextOrderReason(CustomerFigures c, CustomerForecast p, LocalDate next) {
        String when = "Next order expected around " + money.date(next) + " (even odds of an order by then";
        if (p.churn() >= settings.lifecycle().atRiskChurn()) {
            return when + ", only if they are still active: churn risk " + percent(p.churn()) + ").";
        }
        return when + ", given " + count(c.purchaseDays(), "purchase day") + " so far).";
    }
}
