package com.scudo.analytics.model;

/**
 * How well churn forecasts (the chance of no order in a window) matched what customers did: the Brier score and the
 * mean log-loss, both proper scores (lower is better). Probabilities are kept off 0 and 1 for the log.
 */
final class ChurnScore {

    private static final double EDGE = 1e-12;
    private double squares;
    private double logLoss;
    private int count;

    void add(double churn, boolean noOrder) {
        double miss = churn - (noOrder ? 1 : 0);
        squares += miss * miss;
        double p = Math.min(1 - EDGE, Math.max(EDGE, noOrder ? churn : 1 - churn));
        logLoss -= Math.log(p);
        count++;
    }

    double brier() {
        return count == 0 ? 0 : squares / count;
    }

    double logLoss() {
        return count == 0 ? 0 : logLoss / count;
    }
}
