package com.scudo.analytics.model;

/**
 * When and how the purchase model is chosen by a time split of the shop's own history.
 *
 * @param minCustomers      fewer customers in the calibration period than this keep the default model
 * @param minHoldoutWeeks   a holdout shorter than this (the history is under three times as long) keeps the default
 * @param maxHoldoutWeeks   the holdout is a third of the history, at most this many weeks
 * @param minHoldoutOrders  fewer repeat orders than this in the holdout keep the default: too little to tell
 * @param maxCustomers      larger shops are checked on an evenly spread sample of this many customers
 */
public record ChoiceSettings(int minCustomers, int minHoldoutWeeks, int maxHoldoutWeeks, int minHoldoutOrders,
                             int maxCustomers) {

    public ChoiceSettings {
        if (minHoldoutWeeks < 1 || maxHoldoutWeeks < minHoldoutWeeks) {
            throw new IllegalArgumentException("need 1 <= minHoldoutWeeks <= maxHoldoutWeeks, was " + minHoldoutWeeks
                    + " and " + maxHoldoutWeeks);
        }
        if (minCustomers < 0 || minHoldoutOrders < 0 || maxCustomers < 1) {
            throw new IllegalArgumentException("customer and order thresholds must be >= 0 (maxCustomers >= 1)");
        }
    }

    public static ChoiceSettings defaults() {
        return new ChoiceSettings(500, 8, 26, 100, 20_000);
    }
}
