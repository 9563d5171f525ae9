package com.scudo.analytics.model;

/**
 * @param horizonWeeks        window for the expected number of orders (90 days = 12.857 weeks)
 * @param churnHorizonWeeks   churn is the chance of no order in this many weeks (365 days = 52.14 weeks)
 * @param clvMonths           CLV horizon in calendar months of {@link #WEEKS_PER_MONTH} weeks
 * @param monthlyDiscountRate discount rate per month for CLV
 */
public record ForecastSettings(double horizonWeeks, double churnHorizonWeeks, int clvMonths, double monthlyDiscountRate) {

    /** 365.25 / 12 / 7: the real calendar, as opposed to the 30-time-unit "month" of some examples. */
    public static final double WEEKS_PER_MONTH = 4.345;

    public ForecastSettings {
        if (!(horizonWeeks > 0) || !Double.isFinite(horizonWeeks)) {
            throw new IllegalArgumentException("horizonWeeks must be > 0, was " + horizonWeeks);
        }
        if (!(churnHorizonWeeks > 0) || !Double.isFinite(churnHorizonWeeks)) {
            throw new IllegalArgumentException("churnHorizonWeeks must be > 0, was " + churnHorizonWeeks);
        }
        if (clvMonths < 1) {
            throw new IllegalArgumentException("clvMonths must be >= 1, was " + clvMonths);
        }
        if (!(monthlyDiscountRate > -1) || !Double.isFinite(monthlyDiscountRate)) {
            throw new IllegalArgumentException("monthlyDiscountRate must be > -1, was " + monthlyDiscountRate);
        }
    }

    public static ForecastSettings defaults() {
        return new ForecastSettings(90 / 7.0, 365 / 7.0, 12, 0.01);
    }
}
