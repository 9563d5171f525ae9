package com.scudo.analytics.model;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * How one model, fitted on the calibration period only, predicted the repeat orders of the holdout weeks
 * that followed, against what came. Orders on the same day count as one, as in the fits.
 *
 * @param model              "BG/NBD", "MBG/NBD" or "Pareto/NBD"
 * @param parameters         the calibration fit's parameters
 * @param logLikelihood      the calibration fit's log-likelihood
 * @param expectedByWeek     cumulative expected repeat orders at the end of holdout week 1, 2, ...
 * @param actualByWeek       cumulative repeat orders that came, same weeks
 * @param byPastOrders       expected and actual holdout orders per customer by repeat orders in calibration
 * @param totalError         |expected - actual| / actual over the whole holdout
 * @param weeklyError        mean over the weeks of |expected - actual| of the cumulative counts, / actual total
 * @param frequencyError     sum over the past-order groups of customers x |expected - actual| mean, / actual total
 * @param score              weeklyError + frequencyError: how far the expected orders were off (the choice's tie-break)
 * @param churnBrier         Brier score of churn over the holdout weeks (the chance of no order in them) against
 *                           whether each customer ordered; null in choices stored before it was kept
 * @param churnLogLoss       mean log-loss of the same forecasts, the figure the choice minimises; null likewise
 */
public record HoldoutCheck(String model, LinkedHashMap<String, Double> parameters, double logLikelihood, boolean usedPrior,
                           double[] expectedByWeek, int[] actualByWeek, List<FrequencyRow> byPastOrders,
                           double totalError, double weeklyError, double frequencyError, double score,
                           Double churnBrier, Double churnLogLoss) {

    public double expectedOrders() {
        return expectedByWeek.length == 0 ? 0 : expectedByWeek[expectedByWeek.length - 1];
    }

    public int actualOrders() {
        return actualByWeek.length == 0 ? 0 : actualByWeek[actualByWeek.length - 1];
    }

    /**
     * Customers with {@code repeatOrders} repeat orders (purchase days after the first) in the calibration
     * period, or that many or more when {@code orMore}: how many, and their mean holdout orders.
     */
    public record FrequencyRow(int repeatOrders, boolean orMore, int customers, double expectedPerCustomer,
                               double actualPerCustomer) {
    }
}
