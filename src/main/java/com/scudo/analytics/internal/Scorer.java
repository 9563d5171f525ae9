package com.scudo.analytics.internal;

import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.model.CustomerForecast;
import com.scudo.analytics.model.FittedModels;
import com.scudo.analytics.model.ForecastSettings;

import java.time.LocalDate;

/**
 * Turns one customer's figures into scores, a lifecycle stage and the facts their reasons are written from when read
 * ({@link Reasons}).
 */
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

    Scorer(LocalDate asOf, RfmScale rfm, FittedModels models, AnalyticsSettings settings) {
        this.asOf = asOf;
        this.rfm = rfm;
        this.models = models;
        this.settings = settings;
        AnalyticsSettings.Forecast forecast = settings.forecast();
        this.forecastSettings = new ForecastSettings(forecast.horizonDays() / 7.0, forecast.churnHorizonDays() / 7.0,
                forecast.clvMonths(), forecast.monthlyDiscountRate());
        this.lifecycle = new LifecycleRules(settings.lifecycle());
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
        AnalyticsSettings.Forecast horizons = settings.forecast();
        ReasonFacts facts = new ReasonFacts(figures.purchaseDays(), figures.typicalGapDays(),
                forecast.expectedSpendPerOrder(), rfm.fixed(), horizons.churnHorizonDays(), horizons.horizonDays(), horizons.clvMonths(),
                horizons.monthlyDiscountRate(), settings.lifecycle().atRiskChurn(), stage.rule(), stage.threshold());
        return new CustomerScore(figures, r, f, m, group, forecast, nextOrder, stage.name(), facts);
    }
}
