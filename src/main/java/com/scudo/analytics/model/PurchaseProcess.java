package com.scudo.analytics.model;

/**
 * What the per-customer figures need from a purchase model at fitted parameters (BG/NBD, MBG/NBD or
 * Pareto/NBD). Time in weeks; x repeat purchase days, t_x weeks from the first to the last, T the age.
 */
interface PurchaseProcess {

    double probabilityAlive(int x, double tx, double age);

    /** ln((1 - P(alive)) / P(alive)); fills its gradient in the log-parameters (for the churn range). */
    double logChurnOdds(int x, double tx, double age, double[] gradientInLogParameters);

    /** E[X(t)]: expected repeat purchases in (0, t] of a customer who made the first purchase at 0. */
    double expectedPurchases(double t);

    /** E[Y(t) | x, t_x, T]: expected purchases in the next t weeks given the history. */
    default double conditionalExpectedPurchases(double t, int x, double tx, double age) {
        return t <= 0 ? 0 : expectedPurchasesIfAlive(t, x, tx, age) * probabilityAlive(x, tx, age);
    }

    /** E[Y(t) | x, t_x, T, alive at T]: so a series of horizons needs P(alive) only once. */
    double expectedPurchasesIfAlive(double t, int x, double tx, double age);

    /**
     * Median weeks until the next purchase of an active customer: the posterior purchase rate is
     * Gamma(r + x, alpha + T) in all three models, so P(no purchase in t) = ((alpha+T)/(alpha+T+t))^(r+x) = 1/2.
     */
    double medianWeeksToNextPurchase(int x, double age);

    /** The process at a fit's parameters. */
    static PurchaseProcess of(ModelFit fit) {
        double[] p = fit.parameterArray();
        return switch (fit.model()) {
            case ModelFit.BG_NBD -> BetaGeoModel.of(false, p);
            case ModelFit.MBG_NBD -> BetaGeoModel.of(true, p);
            case ModelFit.PARETO_NBD -> ParetoNbdModel.of(p);
            default -> throw new IllegalArgumentException(fit.model() + " is not a purchase model");
        };
    }
}
