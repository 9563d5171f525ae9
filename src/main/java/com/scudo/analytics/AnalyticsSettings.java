package com.scudo.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rules and horizons of the analytics engine ({@code scudo.analytics.*}). Every threshold a merchant
 * might reasonably disagree with lives here rather than in code.
 */
@ConfigurationProperties("scudo.analytics")
public record AnalyticsSettings(Lifecycle lifecycle, Forecast forecast, Integer priorBelowCustomers,
                                Integer rfmMinCustomers) {

    public AnalyticsSettings {
        lifecycle = lifecycle == null ? Lifecycle.defaults() : lifecycle;
        forecast = forecast == null ? Forecast.defaults() : forecast;
        priorBelowCustomers = priorBelowCustomers == null ? 200 : priorBelowCustomers;
        rfmMinCustomers = rfmMinCustomers == null ? 5 : rfmMinCustomers;
    }

    public static AnalyticsSettings defaults() {
        return new AnalyticsSettings(null, null, null, null);
    }

    /**
     * Lifecycle stages, first match wins: New (first order at most {@code newDays} ago and orders on at most
     * {@code newMaxOrders} days), Dormant (no order for {@code dormantDays}, or churn at least {@code lostChurn}:
     * gone, a win-back case), At-Risk (churn at least {@code atRiskChurn}: still likely to buy but slipping, worth
     * saving; a big spender too), VIP (spent at least {@code vipSpent} with churn below {@code vipMaxChurn}),
     * otherwise Active.
     */
    public record Lifecycle(Integer newDays, Integer newMaxOrders, Integer dormantDays, Double vipSpent,
                            Double vipMaxChurn, Double atRiskChurn, Double lostChurn) {
        public Lifecycle {
            newDays = newDays == null ? 60 : newDays;
            newMaxOrders = newMaxOrders == null ? 2 : newMaxOrders;
            dormantDays = dormantDays == null ? 180 : dormantDays;
            vipSpent = vipSpent == null ? 5000.0 : vipSpent;
            vipMaxChurn = vipMaxChurn == null ? 0.3 : vipMaxChurn;
            atRiskChurn = atRiskChurn == null ? 0.25 : atRiskChurn;
            lostChurn = lostChurn == null ? 0.8 : lostChurn;
        }

        public static Lifecycle defaults() {
            return new Lifecycle(null, null, null, null, null, null, null);
        }
    }

    /**
     * Expected orders over {@code horizonDays}; churn = the chance of no order in the next {@code churnHorizonDays}
     * (a year by default: the field's "12-month buyer", and the CLV horizon); CLV over {@code clvMonths} calendar
     * months discounted monthly.
     */
    public record Forecast(Integer horizonDays, Integer clvMonths, Double monthlyDiscountRate, Integer churnHorizonDays) {
        public Forecast {
            horizonDays = horizonDays == null ? 90 : horizonDays;
            churnHorizonDays = churnHorizonDays == null ? 365 : churnHorizonDays;
            if (horizonDays < 1 || churnHorizonDays < 1) {
                throw new IllegalArgumentException("scudo.analytics.forecast.horizon-days and churn-horizon-days must be at"
                        + " least 1, were " + horizonDays + " and " + churnHorizonDays);
            }
            clvMonths = clvMonths == null ? 12 : clvMonths;
            monthlyDiscountRate = monthlyDiscountRate == null ? 0.01 : monthlyDiscountRate;
        }

        public static Forecast defaults() {
            return new Forecast(null, null, null, null);
        }
    }
}
