package com.scudo.analytics.model;

/**
 * One customer's purchase history as the models see it, in weeks.
 *
 * @param frequency          x: repeat purchase days (purchase days minus the first)
 * @param recency            t_x: weeks from the first to the last purchase (0 when x == 0)
 * @param age                T: weeks from the first purchase to the as-of date
 * @param averageRepeatValue mean value of the repeat purchases. For a one-time buyer the caller may pass
 *                           the value of the single order (or 0): it never enters the likelihood or the
 *                           customer's own expectation, only the spend scale of the small-data prior.
 */
public record PurchaseSummary(int frequency, double recency, double age, double averageRepeatValue) {

    private static final double ROUNDING = 1e-6;

    public PurchaseSummary {
        if (frequency < 0) {
            throw new IllegalArgumentException("frequency must be >= 0, was " + frequency);
        }
        if (!(recency >= 0) || !Double.isFinite(recency)) {
            throw new IllegalArgumentException("recency must be a finite number >= 0, was " + recency);
        }
        if (!(age >= 0) || !Double.isFinite(age) || recency > age + ROUNDING) {
            throw new IllegalArgumentException("age must be finite and >= recency, was " + age + " (recency " + recency + ")");
        }
        if (!(averageRepeatValue >= 0) || !Double.isFinite(averageRepeatValue)) {
            throw new IllegalArgumentException("averageRepeatValue must be a finite number >= 0, was " + averageRepeatValue);
        }
        recency = Math.min(recency, age);
    }

    /** A customer seen once: recency 0. */
    public static PurchaseSummary oneTimeBuyer(double age, double orderValue) {
        return new PurchaseSummary(0, 0, age, orderValue);
    }
}
