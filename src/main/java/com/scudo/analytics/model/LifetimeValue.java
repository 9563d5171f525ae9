package com.scudo.analytics.model;

import java.util.function.DoubleUnaryOperator;

/** Discounted expected revenue: spend x expected purchases in each step, discounted per step. */
final class LifetimeValue {

    private LifetimeValue() {
    }

    /**
     * @param cumulativePurchases expected purchases in the next t time units, as a function of t
     * @param spend               expected value of one purchase
     * @param steps               number of discounting steps (months)
     * @param unitsPerStep        time units per step: 4.345 weeks for a calendar month
     * @param discountPerStep     discount rate per step
     */
    static double discounted(DoubleUnaryOperator cumulativePurchases, double spend, int steps, double unitsPerStep,
                             double discountPerStep) {
        double value = 0;
        double previous = 0;
        for (int step = 1; step <= steps; step++) {
            double cumulative = cumulativePurchases.applyAsDouble(step * unitsPerStep);
            value += spend * (cumulative - previous) / Math.pow(1 + discountPerStep, step);
            previous = cumulative;
        }
        return value;
    }
}
